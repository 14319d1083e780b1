/** Deepest nesting of arrays and objects the sandbox stores (PlexTrac documents need a handful). */
export const MAX_JSON_DEPTH = 64;

/**
 * True when `value` nests arrays/objects deeper than `limit`. Walks with its own stack, so a
 * body nested 100,000 levels deep is measured without overflowing the call stack, and stops at
 * the first path past the limit. Storing such a body would break every later answer that
 * serializes it (JSON.stringify overflows), so it is refused up front.
 */
export function exceedsJsonDepth(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth } = item;
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null)
        stack.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}
