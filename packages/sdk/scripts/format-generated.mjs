// Post-step of `generate`: formats every file hey-api wrote under src/generated with the repo's
// Biome settings and checks each one starts with the do-not-edit header. biome.json ignores
// src/generated, so Biome reads each file from stdin under a virtual, non-ignored path (with the
// real path Biome echoes an ignored file back unformatted).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const pkg = '@plextrac-ts/sdk';
const root = resolve(import.meta.dirname, '../../..');
const outDir = resolve(import.meta.dirname, '..', process.env.PLEXTRAC_SDK_OUT ?? 'src/generated');
const biome = join(root, 'node_modules/@biomejs/biome/bin/biome');

function format(file, source) {
  return new Promise((resolveFormat, reject) => {
    const child = spawn(process.execPath, [biome, 'format', '--stdin-file-path=__generated__.ts'], {
      cwd: root,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolveFormat(stdout);
      else reject(new Error(`[${pkg}] biome format failed for ${file}:\n${stderr}`));
    });
    child.stdin.end(source);
  });
}

const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => join(outDir, name));

await Promise.all(
  files.map(async (file) => {
    const source = readFileSync(file, 'utf8');
    if (!source.startsWith('// Generated from ')) {
      throw new Error(`[${pkg}] ${relative(root, file)} lacks the generated-file header`);
    }
    writeFileSync(file, await format(file, source));
  }),
);
console.log(`[${pkg}] formatted ${files.length} generated files`);
