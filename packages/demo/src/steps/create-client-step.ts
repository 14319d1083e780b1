import { type DemoStep, ok, skipped } from '../demo-context.js';
import { expectData } from '../expect-data.js';

/** Creates a client (read-only: uses the first existing client instead). */
export const createClientStep: DemoStep = {
  title: (ctx) => (ctx.write ? 'Create a client' : 'Pick a client (read-only: no create)'),
  async run(ctx) {
    if (!ctx.write) {
      return ctx.state.clientId === undefined
        ? skipped('the instance has no client to read')
        : ok(`using ${ctx.state.clientName} (id ${ctx.state.clientId})`);
    }
    const name = `plextrac-ts demo ${new Date().toISOString().slice(0, 19)}`;
    const created = expectData(
      await ctx.api.POST('/api/v1/client/create', {
        body: { name, description: 'Created by `pnpm demo` of plextrac-ts.', tags: ['demo'] },
        signal: ctx.signal,
      }),
      'createClient',
    );
    ctx.state.clientId = created.client_id;
    ctx.state.clientName = name;
    ctx.state.created.clientId = created.client_id;
    const client = expectData(
      await ctx.api.GET('/api/v1/client/{clientId}', {
        params: { path: { clientId: created.client_id } },
        signal: ctx.signal,
      }),
      'getClient',
    );
    return ok(`"${client.name}" (id ${created.client_id}), read back with getClient`);
  },
};
