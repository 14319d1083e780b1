import { listArtifacts, uploadFile } from '@plextrac-ts/sdk';
import { type DemoStep, ok, skipped } from '../demo-context.js';
import { DemoError } from '../demo-error.js';
import { expectData } from '../expect-data.js';

/** Uploads a file to the report's artifacts with the SDK (multipart), then finds it in the list. */
export const uploadFileStep: DemoStep = {
  title: (ctx) =>
    ctx.write
      ? 'Upload a file to the report (SDK, multipart) and list it'
      : 'Upload a file (read-only: skipped)',
  async run(ctx) {
    if (!ctx.write) return skipped('pass --write to upload');
    const { reportId } = ctx.state;
    if (reportId === undefined) throw new DemoError('no report to attach the file to.');
    const content = `plextrac-ts demo notes\nreport ${reportId}\n${new Date().toISOString()}\n`;
    const relations = [{ model: 'report', id: String(reportId) }];
    const uploaded = expectData(
      await uploadFile({
        client: ctx.sdk,
        body: {
          file: new File([content], 'demo-notes.txt', { type: 'text/plain' }),
          description: 'Notes from the plextrac-ts demo',
          components: JSON.stringify(['report_artifacts']),
          relations: JSON.stringify(relations),
        },
        signal: ctx.signal,
      }),
      'uploadFile (SDK)',
    );
    const artifactId = String(uploaded.data.id);
    ctx.state.artifactId = artifactId;
    ctx.state.created.artifactId = artifactId;
    const listed = expectData(
      await listArtifacts({
        client: ctx.sdk,
        body: { components: ['report_artifacts'], relations },
        signal: ctx.signal,
      }),
      'listArtifacts (SDK)',
    );
    const found = listed.data.some((artifact) => String(artifact.id) === artifactId);
    if (!found) throw new DemoError(`listArtifacts does not list the uploaded ${artifactId}.`);
    return ok(
      `demo-notes.txt (${content.length} B) stored as ${artifactId}; listArtifacts finds it`,
    );
  },
};
