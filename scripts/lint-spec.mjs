#!/usr/bin/env node
// Lints the OpenAPI spec with Redocly (recommended rules, specs/redocly.yaml) and our own Spectral
// rules (specs/spectral.yaml). Usage: node scripts/lint-spec.mjs [spec=specs/plextrac.yaml].
// Exits 1 when either linter reports an error, 2 when a linter cannot run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(process.argv[2] ?? join(root, 'specs/plextrac.yaml'));
const specs = (file) => join(root, 'specs', file);
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

function fail(message) {
  console.error(`[lint-spec] ${message}`);
  process.exit(2);
}

function run(name, args) {
  const cmd = join(root, 'node_modules/.bin', name);
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
  if (r.error) fail(`could not run ${name}: ${r.error.message}. Run \`pnpm install\` first.`);
  return r;
}

if (!existsSync(spec)) fail(`spec not found: ${spec}. Pass the path of an OpenAPI file.`);

// Redocly: keep its readable output (minus the update banner), count from its summary line.
const redocly = run('redocly', ['lint', spec, '--config', specs('redocly.yaml')]);
const redoclyOut = `${redocly.stdout}${redocly.stderr}`.replace(/^.*[║╔╚].*\n?/gm, '').trim();
const redoclyErrors = Number(redoclyOut.match(/with (\d+) errors?/)?.[1] ?? 0);
const redoclyWarnings = Number(redoclyOut.match(/(\d+) warnings?\./)?.[1] ?? 0);
console.log(`== Redocly (recommended, specs/redocly.yaml)\n${redoclyOut}\n`);

// Our rules: Spectral with JSON output, printed one problem per entry.
const spectral = run('spectral', ['lint', spec, '-r', specs('spectral.yaml'), '-f', 'json', '-q']);
let problems;
try {
  problems = JSON.parse(spectral.stdout || '[]');
} catch {
  fail(
    `Spectral did not return JSON (exit ${spectral.status}):\n${spectral.stdout}${spectral.stderr}`,
  );
}
const SEVERITY = ['error', 'warning', 'info', 'hint'];
console.log('== Own rules (Spectral, specs/spectral.yaml)');
for (const p of problems) {
  const at = p.range ? `${p.range.start.line + 1}:${p.range.start.character + 1}` : '-';
  console.log(
    `  ${SEVERITY[p.severity]} ${p.code} ${at} ${p.path.join(' > ')}\n      ${p.message}`,
  );
}
if (problems.length === 0) console.log('  no problems');
const ownErrors = problems.filter((p) => p.severity === 0).length;

const failed =
  redocly.status !== 0 ||
  redoclyErrors > 0 ||
  ownErrors > 0 ||
  (spectral.status !== 0 && !ownErrors);
console.log(`\n== Summary for ${spec}`);
console.log(
  redocly.status !== 0 && !redoclyErrors
    ? `  redocly: could not lint the spec (exit ${redocly.status}; its output is above)`
    : `  redocly: ${redoclyErrors} error(s), ${redoclyWarnings} warning(s)`,
);
console.log(`  own rules: ${ownErrors} error(s), ${problems.length - ownErrors} other`);
console.log(`  ${failed ? 'FAILED' : 'OK'}`);
process.exit(failed ? 1 : 0);
