import type { Reply } from './reply.js';
import { validationError } from './validation-error.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON body as an object, or a Joi-style 400. */
export function objectBody(body: unknown): Record<string, unknown> | Reply {
  return isRecord(body) ? body : validationError('value', 'must be of type object');
}

/** A required non-empty string field, or a Joi-style 400 naming it. */
export function requiredString(body: Record<string, unknown>, key: string): string | Reply {
  const value = body[key];
  if (value === undefined) return validationError(key, 'is required');
  if (typeof value !== 'string') return validationError(key, 'must be a string');
  if (value.trim() === '') return validationError(key, 'is not allowed to be empty');
  return value;
}
