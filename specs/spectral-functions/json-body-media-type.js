// JSON-shaped request bodies must be declared under application/json only (PlexTrac reads the
// payload from the JSON field; a form or text body silently fails). multipart/form-data is
// allowed only when the body carries a binary file property.
import { operations } from './operations.js';

const isBinary = (s) =>
  !!s &&
  (s.format === 'binary' ||
    s.contentEncoding !== undefined ||
    (s.contentMediaType !== undefined && s.type === 'string'));
const isJsonish = (s) => {
  if (!s || typeof s !== 'object') return false;
  const types = [s.type].flat();
  return (
    types.includes('object') ||
    types.includes('array') ||
    !!(
      s.properties ||
      s.items ||
      s.prefixItems ||
      s.additionalProperties ||
      s.oneOf ||
      s.anyOf ||
      s.allOf
    )
  );
};
const hasFileProperty = (s) =>
  Object.values(s?.properties ?? {}).some(
    (p) => isBinary(p) || (p?.type === 'array' && isBinary(p.items)),
  );

export default function jsonBodyMediaType(doc) {
  const results = [];
  for (const { op, at } of operations(doc)) {
    for (const [mediaType, media] of Object.entries(op.requestBody?.content ?? {})) {
      const type = mediaType.split(';')[0].trim().toLowerCase();
      if (type === 'application/json') continue;
      const path = [...at, 'requestBody', 'content', mediaType];
      const name = op.operationId ?? at.join(' ');
      if (type === 'multipart/form-data') {
        if (!hasFileProperty(media?.schema))
          results.push({
            message: `Request body of "${name}" uses multipart/form-data without a binary file property; send JSON bodies as application/json.`,
            path,
          });
      } else if (isJsonish(media?.schema) || !isBinary(media?.schema)) {
        results.push({
          message: `Request body of "${name}" is declared under "${mediaType}"; JSON bodies must be application/json only (PlexTrac ignores other encodings).`,
          path,
        });
      }
    }
  }
  return results;
}
