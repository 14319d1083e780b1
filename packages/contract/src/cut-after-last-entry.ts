/**
 * Cuts a JSON list that was truncated mid-way after its last complete top-level entry and
 * closes it, in one pass: `[{"a":1},{"b":` becomes `[{"a":1}]`. Returns undefined when the
 * text is not the start of a list, or closes it before its end.
 */
export function cutAfterLastEntry(json: string): string | undefined {
  if (!json.startsWith('[')) return undefined;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let lastEnd = 0;
  for (let index = 0; index < json.length; index += 1) {
    const char = json.charCodeAt(index);
    if (inString) {
      if (escaped) escaped = false;
      else if (char === BACKSLASH) escaped = true;
      else if (char === QUOTE) inString = false;
      continue;
    }
    if (char === QUOTE) inString = true;
    else if (char === OPEN_BRACKET || char === OPEN_BRACE) depth += 1;
    else if (char === CLOSE_BRACKET || char === CLOSE_BRACE) {
      depth -= 1;
      if (depth === 1) lastEnd = index;
      // The list closed: fine at the very end (not truncated after all), broken before it.
      if (depth === 0) return index === json.length - 1 ? json : undefined;
    }
  }
  return lastEnd === 0 ? '[]' : `${json.slice(0, lastEnd + 1)}]`;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
