import type { DemoContext } from '../demo-context.js';
import { expectData } from '../expect-data.js';

/** One authenticated read: the demo's client (getClient), or the client list when there is none. */
export async function readClient(ctx: DemoContext): Promise<void> {
  const clientId = ctx.state.clientId;
  if (clientId === undefined) {
    expectData(await ctx.api.GET('/api/v1/client/list', { signal: ctx.signal }), 'listClients');
    return;
  }
  expectData(
    await ctx.api.GET('/api/v1/client/{clientId}', {
      params: { path: { clientId } },
      signal: ctx.signal,
    }),
    'getClient',
  );
}
