import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { trackPid } from './resource-tracker.js';

const WRITER = fileURLToPath(new URL('./store-writer.mjs', import.meta.url));
const ENTRY = pathToFileURL(
  createRequire(import.meta.url).resolve('@plextrac-ts/auth-middleware'),
).href;

export interface WriterResult {
  label: string;
  code: number | null;
  lastValue: string;
  stderr: string;
}

/** Starts one writer process (bounded: killed after `timeoutMs`) and resolves when it exits. */
function runWriter(path: string, key: string, label: string, count: number, timeoutMs: number) {
  return new Promise<WriterResult>((resolve) => {
    const child = spawn(process.execPath, [WRITER, ENTRY, path, key, label, String(count)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    trackPid(child.pid, `token store writer ${label}`);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ label, code, lastValue: stdout.trim(), stderr });
    });
  });
}

/** Two processes writing `count` values each to the same key of one file store, at once. */
export function runStoreWriters(path: string, key: string, count: number, timeoutMs = 8_000) {
  return Promise.all([
    runWriter(path, key, 'writer-a', count, timeoutMs),
    runWriter(path, key, 'writer-b', count, timeoutMs),
  ]);
}
