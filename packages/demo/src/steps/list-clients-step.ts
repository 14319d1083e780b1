import { listClientsPaged } from '@plextrac-ts/sdk';
import { type DemoStep, ok } from '../demo-context.js';
import { expectData } from '../expect-data.js';
import { plural } from '../plural.js';
import { authRoundTrips, diffCounts } from '../traffic-recorder.js';

/** v1 list with the openapi-fetch client, v2 paged list with the SDK: one session for both. */
export const listClientsStep: DemoStep = {
  title: () => 'List clients (v1 list: openapi-fetch; v2 paged list: SDK)',
  async run(ctx) {
    const before = ctx.traffic.counts();
    const rows = expectData(
      await ctx.api.GET('/api/v1/client/list', { signal: ctx.signal }),
      'listClients',
    );
    const page = expectData(
      await listClientsPaged({
        client: ctx.sdk,
        body: { pagination: { offset: 0, limit: 25 } },
        signal: ctx.signal,
      }),
      'listClientsPaged (SDK)',
    );
    const first = rows[0];
    if (first !== undefined && ctx.state.clientId === undefined && !ctx.write) {
      ctx.state.clientId = Number(first.data[0]);
      ctx.state.clientName = String(first.data[1]);
    }
    const names = rows
      .slice(0, 3)
      .map((row) => String(row.data[1]))
      .join(', ');
    const logins = authRoundTrips(diffCounts(ctx.traffic.counts(), before));
    const shared = logins === 0 ? 'no extra login: the SDK reused the session' : `${logins} logins`;
    return ok(
      `${plural(rows.length, 'client')}${names ? ` (${names}${rows.length > 3 ? ', ...' : ''})` : ''}; SDK page: ${page.data.length} of ${page.meta.pagination.total}; ${shared}`,
    );
  },
};
