// Every 2xx response with content needs an `example` or non-empty `examples` on each media type,
// so the Prism mock serves the spec's own (validated) example instead of inventing one.
import { operations } from './operations.js';

const hasExample = (m) =>
  m?.example !== undefined ||
  (m?.examples && typeof m.examples === 'object' && Object.keys(m.examples).length > 0);

export default function successExample(doc) {
  const results = [];
  for (const { op, at } of operations(doc)) {
    for (const [code, response] of Object.entries(op.responses ?? {})) {
      if (!/^2(\d\d|XX)$/i.test(code)) continue;
      for (const [mediaType, media] of Object.entries(response?.content ?? {})) {
        if (hasExample(media)) continue;
        results.push({
          message: `Response ${code} (${mediaType}) of "${op.operationId ?? at.join(' ')}" has no example/examples.`,
          path: [...at, 'responses', code, 'content', mediaType],
        });
      }
    }
  }
  return results;
}
