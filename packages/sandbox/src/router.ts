import type { Reply } from './http/reply.js';
import type { RouteContext } from './route-context.js';

/** How a route reads its request: a JSON body, a multipart form, or no body at all. */
export type BodyKind = 'json' | 'multipart' | 'none';

export interface RouteDefinition {
  method: string;
  /** OpenAPI-style template: `/api/v1/client/{clientId}`. */
  path: string;
  operationId: string;
  /** `false` for the auth family and health (`security: []` in the spec). Default true. */
  secured?: boolean;
  /** Counts against the per-minute authentication limit (login, MFA, refresh). */
  rateLimited?: boolean;
  /** Default `none`. */
  body?: BodyKind;
  handler: (context: RouteContext) => Reply | Promise<Reply>;
}

export interface RouteMatch {
  route: RouteDefinition;
  params: Record<string, string>;
}

export interface Router {
  add(...routes: RouteDefinition[]): void;
  match(method: string, path: string): RouteMatch | undefined;
  /** Every operationId, in registration order. */
  operationIds(): string[];
}

interface Compiled {
  route: RouteDefinition;
  regex: RegExp;
  names: string[];
}

/** Tries routes in registration order, so a literal route (`asset/0`) goes before `{assetId}`. */
export function createRouter(): Router {
  const compiled: Compiled[] = [];
  return {
    add(...routes) {
      for (const route of routes) compiled.push(compile(route));
    },
    match(method, path) {
      for (const { route, regex, names } of compiled) {
        if (route.method !== method) continue;
        const found = regex.exec(path);
        if (!found) continue;
        const params: Record<string, string> = {};
        names.forEach((name, index) => {
          params[name] = safeDecode(found[index + 1] ?? '');
        });
        return { route, params };
      }
      return undefined;
    },
    operationIds: () => compiled.map((c) => c.route.operationId),
  };
}

function compile(route: RouteDefinition): Compiled {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (param?.[1]) {
        names.push(param[1]);
        return '([^/]+)';
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { route, regex: new RegExp(`^${source}$`), names };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
