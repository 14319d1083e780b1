import { type DemoStep, ok, skipped } from '../demo-context.js';
import { DemoError } from '../demo-error.js';
import { expectData } from '../expect-data.js';

const severities = ['Critical', 'High', 'Medium', 'Low', 'Informational'] as const;
const titles = [
  'Outdated TLS configuration',
  'SQL injection in search',
  'Missing HTTP security headers',
  'Default credentials on admin panel',
  'Verbose error messages',
  'Open redirect on login',
];

/** How many findings the demo creates: enough for two pages of 10. */
export const findingCount = 12;

/** Creates findings in the report, in parallel (read-only: skipped). */
export const createFindingsStep: DemoStep = {
  title: (ctx) =>
    ctx.write ? `Create ${findingCount} findings` : 'Create findings (read-only: skipped)',
  async run(ctx) {
    if (!ctx.write) return skipped('pass --write to create findings');
    const { clientId, reportId } = ctx.state;
    if (clientId === undefined || reportId === undefined) {
      throw new DemoError('no report to create findings in.');
    }
    const results = await Promise.all(
      Array.from({ length: findingCount }, async (_, index) => {
        const title = `${titles[index % titles.length]} #${index + 1}`;
        const created = expectData(
          await ctx.api.POST('/api/v1/client/{clientId}/report/{reportId}/flaw/create', {
            params: { path: { clientId, reportId } },
            body: {
              title,
              severity: severities[index % severities.length],
              status: 'Open',
              description: `<p>Found by the plextrac-ts demo (${index + 1}).</p>`,
              tags: ['demo'],
            },
            signal: ctx.signal,
          }),
          'createFinding',
        );
        return created.flaw_id;
      }),
    );
    ctx.state.findingIds = results;
    return ok(`${results.length} findings (${severities.join(', ')})`);
  },
};
