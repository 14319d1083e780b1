// `pnpm generate`: turbo run generate. turbo keys the generate cache on PLEXTRAC_SPEC's value,
// not on the file it names (nor that file's $ref siblings), so with PLEXTRAC_SPEC set every run
// is forced: an edit to the draft spec must not replay the output of its previous version.
import { spawnSync } from 'node:child_process';

const args = ['run', 'generate', ...process.argv.slice(2)];
if (process.env.PLEXTRAC_SPEC) args.push('--force');
// pnpm puts node_modules/.bin on PATH for its scripts: turbo is found without a second pnpm.
const result = spawnSync('turbo', args, { stdio: 'inherit', shell: process.platform === 'win32' });
if (result.error) console.error(`[generate] could not start turbo: ${result.error.message}`);
process.exit(result.status ?? 1);
