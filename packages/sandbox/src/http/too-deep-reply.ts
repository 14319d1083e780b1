import { MAX_JSON_DEPTH } from './exceeds-json-depth.js';
import { errorReply, type Reply } from './reply.js';

/** The 400 for a JSON body (or a `.ptrac` file) nested deeper than `MAX_JSON_DEPTH`. */
export function tooDeepReply(): Reply {
  return errorReply(
    400,
    `Invalid request payload: JSON nested deeper than ${MAX_JSON_DEPTH} levels; send a flatter document.`,
  );
}
