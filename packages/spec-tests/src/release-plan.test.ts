import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from './spec-paths.js';

const changesetBin = join(repoRoot, 'node_modules/.bin/changeset');
const manifests = execFileSync('git', ['ls-files', 'package.json', 'packages/*/package.json'], {
  cwd: repoRoot,
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
const workspaceFiles = ['pnpm-workspace.yaml', '.changeset/config.json', ...manifests];

let workDir: string | undefined;
afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
});

/**
 * Runs the repo's own `changeset version` on a copy of the workspace's manifests and changeset
 * config with one changeset bumping `name` by a patch; returns every package's new version.
 */
function versionsAfterPatchTo(name: string): Record<string, string> {
  workDir = mkdtempSync(join(tmpdir(), 'plextrac-release-plan-'));
  for (const file of workspaceFiles) {
    mkdirSync(join(workDir, file, '..'), { recursive: true });
    cpSync(join(repoRoot, file), join(workDir, file));
  }
  writeFileSync(join(workDir, '.changeset/probe.md'), `---\n"${name}": patch\n---\n\nProbe.\n`);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: workDir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=probe', '-c', 'user.email=probe@example.invalid', 'commit', '-qm', 'probe');
  execFileSync(changesetBin, ['version'], { cwd: workDir, stdio: 'pipe', timeout: 60_000 });
  const dir = workDir;
  return Object.fromEntries(
    manifests
      .filter((file) => file !== 'package.json')
      .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')))
      .map((pkg: { name: string; version: string }) => [pkg.name, pkg.version]),
  );
}

const current: Record<string, { version: string; private?: boolean }> = Object.fromEntries(
  manifests
    .filter((file) => file !== 'package.json')
    .map((file) => JSON.parse(readFileSync(join(repoRoot, file), 'utf8')))
    .map((pkg) => [pkg.name, pkg]),
);
const privateNames = Object.keys(current).filter((name) => current[name]?.private);
const versionOf = (name: string) => current[name]?.version;

describe('the changesets release wiring (changeset version on a copy of the workspace)', () => {
  it('versions the spec-derived packages together and leaves private packages alone', () => {
    const afterAuth = versionsAfterPatchTo('@plextrac-ts/auth-middleware');
    expect(afterAuth['@plextrac-ts/auth-middleware']).not.toBe(
      versionOf('@plextrac-ts/auth-middleware'),
    );
    expect(afterAuth['@plextrac-ts/types']).toBe(versionOf('@plextrac-ts/types'));
    rmSync(workDir as string, { recursive: true, force: true });

    const afterTypes = versionsAfterPatchTo('@plextrac-ts/types');
    const released = afterTypes['@plextrac-ts/types'];
    expect(released).not.toBe(versionOf('@plextrac-ts/types'));
    expect(afterTypes['@plextrac-ts/client']).toBe(released);
    expect(afterTypes['@plextrac-ts/sdk']).toBe(released);
    expect(afterTypes['@plextrac-ts/auth-middleware']).toBe(
      versionOf('@plextrac-ts/auth-middleware'),
    );

    expect(privateNames.length).toBeGreaterThan(0);
    for (const name of privateNames) {
      expect(afterAuth[name], name).toBe(versionOf(name));
      expect(afterTypes[name], name).toBe(versionOf(name));
    }
  }, 120_000);
});
