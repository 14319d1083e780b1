// Stands in for Prism on a YAML file it cannot parse: the `fatal` line, then more than 4 KB of
// usage text (one line lists "fatal" as a log level) and a dump of the error with its stack.
process.stderr.write('[CLI] ✖  fatal     Error parsing doc.yaml: bad indentation (kit test)\n');
process.stderr.write(
  '  -v, --verboseLevel  Turns on verbose logging.  [choices: "trace", "debug", "info", "warn", "error", "fatal", "silent"]\n',
);
for (let line = 1; line <= 80; line += 1) {
  process.stderr.write(`  --option${line}  usage text that yargs prints after the reason\n`);
}
process.stderr.write("{\n  stack: 'ParserError: Error parsing doc.yaml\\n' +\n");
for (let frame = 1; frame <= 10; frame += 1) {
  process.stderr.write(
    `    '    at parse (/node_modules/some-parser/lib/parse.js:${frame}:1)\\n' +\n`,
  );
}
process.stderr.write("  code: 'EPARSER'\n}\n");
process.exit(1);
