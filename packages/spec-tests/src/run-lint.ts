import { spawnSync } from 'node:child_process';
import { lintScript, repoRoot } from './spec-paths.js';

export interface LintResult {
  status: number | null;
  output: string;
}

export function runLint(specFile: string): LintResult {
  const result = spawnSync(process.execPath, [lintScript, specFile], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
