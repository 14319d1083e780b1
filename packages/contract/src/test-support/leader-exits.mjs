// Runs mock-server.mjs as a child in its own process group, then exits: the group outlives it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const server = fileURLToPath(new URL('./mock-server.mjs', import.meta.url));
spawn(process.execPath, [server, ...process.argv.slice(2)], { stdio: 'ignore' });
setTimeout(() => process.exit(0), 300);
