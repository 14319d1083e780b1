// Child process for the signal tests: starts a mock, prints its PID, then waits to be signalled.
// With `own-handler`, the program handles SIGTERM itself (stop(), then a clean exit).
import { startMock } from '../start-mock.js';
import { tinySpec } from './paths.js';

const mock = await startMock({ spec: tinySpec });
if (process.argv.includes('own-handler')) {
  process.once('SIGTERM', () => {
    void mock.stop().then(() => {
      process.stdout.write('stopped by its owner\n');
      process.exit(0);
    });
  });
}
process.stdout.write(`pid ${mock.pid} port ${mock.port}\n`);
setInterval(() => {}, 1000);
