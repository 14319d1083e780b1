// Stands in for Prism: complains on stderr and exits before listening.
process.stderr.write('fake prism: cannot parse the document (kit test)\n');
process.exit(3);
