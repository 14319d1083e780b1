import { json, type Reply } from './reply.js';

/**
 * A Joi-style 400, the shape PlexTrac's Hapi server is believed to use for invalid input
 * (`{statusCode, error, message, validation}`). The message names the field, never its value.
 */
export function validationError(key: string, problem: string, source = 'payload'): Reply {
  return json(400, {
    statusCode: 400,
    error: 'Bad Request',
    message: `"${key}" ${problem}`,
    validation: { source, keys: [key] },
  });
}
