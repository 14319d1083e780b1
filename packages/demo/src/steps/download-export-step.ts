import { type DemoStep, ok, skipped } from '../demo-context.js';
import { expectData } from '../expect-data.js';

function kilobytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

/** Downloads the report as .ptrac (JSON) and as .docx (binary). */
export const downloadExportStep: DemoStep = {
  title: () => 'Download exports of the report (ptrac and doc)',
  async run(ctx) {
    const { clientId, reportId } = ctx.state;
    if (clientId === undefined || reportId === undefined) return skipped('no report to export');
    const download = async (format: 'ptrac' | 'doc') =>
      expectData(
        await ctx.api.GET('/api/v1/client/{clientId}/report/{reportId}/export/{format}', {
          params: { path: { clientId, reportId, format } },
          parseAs: 'arrayBuffer',
          signal: ctx.signal,
        }),
        `exportReport (${format})`,
      );
    const ptrac = await download('ptrac');
    const parsed = JSON.parse(new TextDecoder().decode(ptrac)) as { flaws_array?: unknown[] };
    const doc = await download('doc');
    const findings = Array.isArray(parsed.flaws_array) ? parsed.flaws_array.length : 'no';
    return ok(
      `report.ptrac ${kilobytes(ptrac.byteLength)} (JSON, ${findings} findings), report.docx ${kilobytes(doc.byteLength)}`,
    );
  },
};
