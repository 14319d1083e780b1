// `pnpm generate` for the SDK: runs @hey-api/openapi-ts into a temporary directory, formats it
// (scripts/format-generated.mjs), and only then replaces src/generated. A spec hey-api cannot
// read, an unresolvable $ref (which hey-api skips, typing the schema as `unknown`), a failed
// format or an interrupted run (turbo stops this task when another generator fails) leaves
// src/generated as it was. Everything here is synchronous, so a signal handler could only run
// after the swap: SIGINT/SIGTERM keep their default (exit at once, nothing swapped), and the
// next run clears what a killed run left in .tmp.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const pkg = '@plextrac-ts/sdk';
const packageDir = resolve(import.meta.dirname, '..');
const outDir = join(packageDir, 'src/generated');
const tmpRoot = join(packageDir, '.tmp');
const nextDir = join(tmpRoot, 'generated-next');
const prevDir = join(tmpRoot, 'generated-prev');

// Also clears what a killed run left (turbo never runs one package's generate twice at once).
const cleanUp = () => {
  rmSync(nextDir, { recursive: true, force: true });
  rmSync(prevDir, { recursive: true, force: true });
};
cleanUp();

function fail(message) {
  cleanUp();
  console.error(`[${pkg}] ${message}; src/generated was left as it was.`);
  process.exit(1);
}

mkdirSync(tmpRoot, { recursive: true });
const env = { ...process.env, PLEXTRAC_SDK_OUT: nextDir };
const bin = join(packageDir, 'node_modules/.bin/openapi-ts');
const heyApi = spawnSync(bin, [], { cwd: packageDir, env, encoding: 'utf8' });
const heyOutput = `${heyApi.stdout ?? ''}${heyApi.stderr ?? ''}`;
// biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
const plain = heyOutput.replace(/\u001b\[[0-9;]*m/g, '');
if (heyApi.error) fail(`could not run openapi-ts: ${heyApi.error.message}`);
if (heyApi.status !== 0) {
  // hey-api prints its reason, then "Unexpected error: JobError" and a stack: keep the reason.
  const reason = plain.split(/\n(?:Unexpected error|\s+at )/)[0].trim();
  fail(`openapi-ts could not generate the SDK:\n${reason}\n`);
}
const skipped = plain.match(/Skipping unresolvable \$ref: .*/g);
if (skipped) fail(`the spec has unresolvable $refs:\n  ${skipped.join('\n  ')}\n`);
process.stdout.write(heyApi.stdout ?? '');

const format = spawnSync(process.execPath, [join(packageDir, 'scripts/format-generated.mjs')], {
  cwd: packageDir,
  env,
  stdio: 'inherit',
});
if (format.status !== 0) fail('formatting the generated files failed');

// Swap: the old tree moves aside first, so src/generated is never half-written.
if (existsSync(outDir)) renameSync(outDir, prevDir);
renameSync(nextDir, outDir);
cleanUp();
