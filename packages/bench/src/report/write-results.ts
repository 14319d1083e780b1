import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Machine } from '../machine/describe-machine.js';
import type { Figure } from './figure.js';
import { formatMarkdown } from './format-markdown.js';

export interface BenchResults {
  date: string;
  machine: Machine;
  durationSeconds: number;
  /** Rounds and time budgets the run used. */
  settings: unknown;
  figures: Figure[];
}

/** Writes results/latest.json (the data) and results/latest.md (the README table). */
export async function writeResults(directory: string, results: BenchResults): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const jsonPath = join(directory, 'latest.json');
  const markdownPath = join(directory, 'latest.md');
  await writeFile(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(
    markdownPath,
    formatMarkdown(results.figures, results.machine, new Date(results.date)),
  );
  return [jsonPath, markdownPath];
}
