import { format } from 'node:util';
import { addArtifact } from './secret-collector.js';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
const KEY = Symbol.for('@plextrac-ts/fault-matrix/console-captured');

/**
 * Setup file: every console line of the run (ours or a package's) becomes an artifact of the
 * secret scan, then is printed as usual. Installed once per worker.
 */
function captureConsole(): void {
  const flags = globalThis as typeof globalThis & { [KEY]?: boolean };
  if (flags[KEY]) return;
  flags[KEY] = true;
  for (const method of METHODS) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      addArtifact(`console.${method}`, format(...args));
      original(...args);
    };
  }
  process.on('warning', (warning) => addArtifact('process.warning', warning));
}

captureConsole();
