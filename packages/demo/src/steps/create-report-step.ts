import { type DemoStep, ok, skipped } from '../demo-context.js';
import { DemoError } from '../demo-error.js';
import { expectData } from '../expect-data.js';

/** Creates a report for the client (read-only: picks an existing report, one with findings first). */
export const createReportStep: DemoStep = {
  title: (ctx) =>
    ctx.write ? 'Create a report' : 'Pick a report (read-only: v2 paged report list, no create)',
  async run(ctx) {
    if (!ctx.write) {
      const page = expectData(
        await ctx.api.POST('/api/v2/reports', {
          body: { pagination: { offset: 0, limit: 25 } },
          signal: ctx.signal,
        }),
        'listReportsPaged',
      );
      const report = page.data.find((item) => Number(item.findings ?? 0) > 0) ?? page.data[0];
      if (report === undefined) return skipped('the instance has no report to read');
      ctx.state.reportId = Number(report.id);
      ctx.state.reportName = report.name;
      ctx.state.clientId = Number(report.client_id);
      return ok(
        `"${report.name}" (id ${report.id}, client ${report.client_id}, ${report.findings ?? 0} findings) of ${page.meta.pagination.total} reports`,
      );
    }
    const clientId = ctx.state.clientId;
    if (clientId === undefined) throw new DemoError('no client to create the report in.');
    const name = 'External penetration test (demo)';
    const created = expectData(
      await ctx.api.POST('/api/v1/client/{clientId}/report/create', {
        params: { path: { clientId } },
        body: { name, status: 'Draft', tags: ['demo'] },
        signal: ctx.signal,
      }),
      'createReport',
    );
    ctx.state.reportId = Number(created.report_id);
    ctx.state.reportName = name;
    ctx.state.created.reportId = Number(created.report_id);
    return ok(`"${name}" (id ${created.report_id})`);
  },
};
