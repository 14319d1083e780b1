// A prismBin whose name holds no "prism": answers HTTP on --host/--port as Prism would.
import { createServer } from 'node:http';

const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
createServer((_, res) => res.end('{}')).listen(Number(arg('--port')), arg('--host'));
