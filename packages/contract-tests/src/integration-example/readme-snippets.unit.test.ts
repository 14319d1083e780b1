import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../../contract/README.md', import.meta.url), 'utf8');
const file = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

/** The code blocks of the README, keyed by the file name in the bold label above each. */
function snippets(markdown: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of markdown.matchAll(
    /\*\*`(?:[\w.-]+\/)*([\w.-]+\.ts)`\*\*\n\n```ts\n([\s\S]*?)\n```/g,
  )) {
    const [, name, code] = match;
    if (name && code !== undefined) blocks.set(name, code);
  }
  return blocks;
}

describe('the integration example in the @plextrac-ts/contract README', () => {
  const blocks = snippets(readme);

  it.each(['count-open-findings.ts', 'count-open-findings.test.ts', 'global-setup.ts'])(
    'shows %s exactly as it runs in CI',
    (name) => {
      expect(blocks.get(name), `README block for ${name}`).toBe(file(name).trimEnd());
    },
  );
});
