// Fails an operation that ends up with no security: its own `security` is empty, or it inherits
// an empty/missing top-level one. A requirement `{}` (anonymous access allowed) also counts as
// no security. Options: { allowlist: string[] } of operationIds that are meant to be public.
import { operations } from './operations.js';

const isSecured = (requirements) =>
  Array.isArray(requirements) &&
  requirements.length > 0 &&
  requirements.every((r) => r && typeof r === 'object' && Object.keys(r).length > 0);

export default function effectiveSecurity(doc, options) {
  const allowlist = new Set(options?.allowlist ?? []);
  const results = [];
  for (const { op, at } of operations(doc)) {
    const own = Object.hasOwn(op, 'security');
    const effective = own ? op.security : doc.security;
    if (isSecured(effective) || allowlist.has(op.operationId)) continue;
    results.push({
      message: `Operation "${op.operationId ?? at.join(' ')}" has no effective security (${own ? 'its own `security` is empty' : 'the top-level `security` is empty or missing'}); only ${[...allowlist].join(', ')} may be public.`,
      path: own ? [...at, 'security'] : at,
    });
  }
  return results;
}
