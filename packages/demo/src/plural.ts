/** `1 request`, `2 requests`: the count and the word, singular only for exactly one. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}
