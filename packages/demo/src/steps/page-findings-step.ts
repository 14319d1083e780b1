import { paginate } from '@plextrac-ts/client';
import { type DemoStep, ok, skipped } from '../demo-context.js';
import { plural } from '../plural.js';

const pageSize = 10;
/** Against a real instance, stop after this many pages. */
const maxPages = 5;

/** Pages through the report's findings with the client's `paginate` helper. */
export const pageFindingsStep: DemoStep = {
  title: () => `Page through the findings (paginate, ${pageSize} per page)`,
  async run(ctx) {
    const { clientId, reportId } = ctx.state;
    if (clientId === undefined || reportId === undefined) return skipped('no report to page');
    const sizes: number[] = [];
    let total = 0;
    for await (const page of paginate(
      ctx.api,
      '/api/v2/clients/{clientId}/reports/{reportId}/findings',
      {
        params: { path: { clientId, reportId } },
        body: { sort: [{ by: 'title', order: 'ASC' }] },
        pageSize,
        maxPages,
        signal: ctx.signal,
      },
    )) {
      sizes.push(page.data.length);
      total = page.meta.pagination.total;
    }
    const seen = sizes.reduce((sum, size) => sum + size, 0);
    const pages = `${plural(sizes.length, 'page')} (${sizes.join(' + ') || '0'})`;
    return ok(`${pages} = ${seen} of ${total} findings`);
  },
};
