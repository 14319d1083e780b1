// A secured operation must declare a 401 response with an example, so clients and the Prism
// mock agree on the shape of an auth failure (Prism otherwise invents its own problem+json).
import { operations } from './operations.js';

const secured = (req) =>
  Array.isArray(req) && req.length > 0 && req.every((r) => r && Object.keys(r).length > 0);
const hasExample = (m) => m?.example !== undefined || Object.keys(m?.examples ?? {}).length > 0;

export default function protected401(doc) {
  const results = [];
  for (const { op, at } of operations(doc)) {
    if (!secured(Object.hasOwn(op, 'security') ? op.security : doc.security)) continue;
    const name = op.operationId ?? at.join(' ');
    const unauthorized = op.responses?.['401'];
    const media = Object.values(unauthorized?.content ?? {});
    if (!unauthorized) {
      results.push({
        message: `Secured operation "${name}" declares no 401 response.`,
        path: [...at, 'responses'],
      });
    } else if (media.length === 0 || !media.every(hasExample)) {
      results.push({
        message: `The 401 response of "${name}" needs content with an example.`,
        path: [...at, 'responses', '401'],
      });
    }
  }
  return results;
}
