// Shared helper for the custom Spectral functions: every operation of an OpenAPI document.
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function* operations(doc) {
  for (const [path, item] of Object.entries(doc?.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (op && typeof op === 'object') yield { path, method, op, at: ['paths', path, method] };
    }
  }
}
