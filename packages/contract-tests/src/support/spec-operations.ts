import { readFileSync } from 'node:fs';
import { bundledSpecPath } from '@plextrac-ts/contract';
import { parse } from 'yaml';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** One operation of the spec, as the contract suite needs to know it. */
export interface SpecOperation {
  operationId: string;
  method: HttpMethod;
  path: string;
  /** True when the operation needs the `plextracJwt` token. */
  secured: boolean;
  /** Media types of the request body (empty when there is none). */
  requestContentTypes: string[];
  /** Media types of the 200 response. */
  okContentTypes: string[];
  /** Query parameters, with whether each is required. */
  query: Array<{ name: string; required: boolean }>;
  /** Top-level properties of the JSON request body schema, if it has one. */
  jsonBody?: { properties: string[]; required: string[] };
}

type Ref = { $ref?: string };
type RawParameter = Ref & { name?: string; in?: string; required?: boolean };
type RawSchema = Ref & { properties?: Record<string, unknown>; required?: string[] };

interface RawOperation {
  operationId?: string;
  parameters?: RawParameter[];
  security?: Array<Record<string, unknown>>;
  requestBody?: { content?: Record<string, { schema?: RawSchema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

const METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch'];

/** Reads every operation of the spec the kit ships (the same file the mock serves). */
export function loadSpecOperations(specPath = bundledSpecPath()): SpecOperation[] {
  const doc = parse(readFileSync(specPath, 'utf8')) as {
    security?: Array<Record<string, unknown>>;
    paths?: Record<string, Partial<Record<HttpMethod, RawOperation>> & RawOperation>;
  };
  const resolve = <T extends Ref>(value: T): T => {
    if (!value.$ref) return value;
    const target = value.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], doc);
    if (!target) throw new Error(`unresolved $ref ${value.$ref} in the spec`);
    return resolve(target as T);
  };
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      if (!operation.operationId) {
        throw new Error(`${method.toUpperCase()} ${path} has no operationId in the spec.`);
      }
      const security = operation.security ?? doc.security ?? [];
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(resolve);
      const jsonSchema = operation.requestBody?.content?.['application/json']?.schema;
      const body = jsonSchema ? resolve(jsonSchema) : undefined;
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        secured: security.length > 0 && security.every((entry) => Object.keys(entry).length > 0),
        requestContentTypes: Object.keys(operation.requestBody?.content ?? {}),
        okContentTypes: Object.keys(operation.responses?.['200']?.content ?? {}),
        query: parameters
          .filter((parameter) => parameter.in === 'query')
          .map((parameter) => ({ name: String(parameter.name), required: !!parameter.required })),
        jsonBody: body?.properties
          ? { properties: Object.keys(body.properties), required: body.required ?? [] }
          : undefined,
      });
    }
  }
  return operations;
}
