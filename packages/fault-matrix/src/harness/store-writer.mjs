// Child process of the "two processes write one token store" row:
// node store-writer.mjs <auth-middleware entry URL> <store path> <key> <label> <count>
const [entry, path, key, label, count] = process.argv.slice(2);
const { createFileTokenStore } = await import(entry);
const store = createFileTokenStore(path);
for (let i = 0; i < Number(count); i++) {
  await store.set(key, { token: `${label}-${i}`, expiresAt: Date.now() + 900_000 });
}
process.stdout.write(`${label}-${Number(count) - 1}\n`);
