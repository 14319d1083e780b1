// Stands in for Prism: answers HTTP on --host/--port but ignores SIGTERM.
import { createServer } from 'node:http';

const argv = process.argv.slice(2);
const option = (name) => argv[argv.indexOf(name) + 1];
process.on('SIGTERM', () => {});
createServer((_request, response) => response.end('stubborn')).listen(
  Number(option('--port')),
  option('--host'),
);
