// Stands in for Prism on a document it rejects: one `fatal` line, then yargs' long usage text.
process.stderr.write('[CLI] ✖  fatal     "doc.yaml" is not a valid JSON Schema (kit test)\n');
for (let line = 1; line <= 45; line += 1) process.stderr.write(`  --option${line}  usage text\n`);
process.exit(1);
