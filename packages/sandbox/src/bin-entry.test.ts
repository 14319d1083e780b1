import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  files: string[];
};
const binPath = manifest.bin['plextrac-sandbox'] ?? '';
const dirs: string[] = [];

/** A copy of the bin entry in a fresh package folder, with `dist/cli.js` or without. */
function installCopy(cli?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plextrac-sandbox-bin-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(packageDir, binPath), join(dir, binPath));
  if (cli !== undefined) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'cli.js'), cli);
  }
  return join(dir, binPath);
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the plextrac-sandbox bin', () => {
  it('points at a committed file outside dist, shipped through `files`, so pnpm can link it before a build', () => {
    expect(binPath).toBe('./bin/plextrac-sandbox.js');
    expect(existsSync(join(packageDir, binPath))).toBe(true);
    expect(manifest.files).toContain('bin');
    expect(readFileSync(join(packageDir, binPath), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('runs dist/cli.js with the arguments it was given', () => {
    const bin = installCopy("process.stdout.write('cli ' + process.argv.slice(2).join(' '));\n");
    const run = spawnSync(process.execPath, [bin, '--port', '0'], { encoding: 'utf8' });
    expect(run.stdout).toBe('cli --port 0');
    expect(run.status).toBe(0);
  });

  it('says to build first when dist is missing, instead of a module-not-found stack', () => {
    const run = spawnSync(process.execPath, [installCopy()], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      '[@plextrac-ts/sandbox] dist/cli.js is missing: build the package first (pnpm --filter @plextrac-ts/sandbox build), or run `pnpm sandbox` from the repository root.',
    );
  });
});
