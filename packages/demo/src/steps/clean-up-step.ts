import { deleteArtifact } from '@plextrac-ts/sdk';
import { type DemoStep, ok, skipped } from '../demo-context.js';
import { expectData } from '../expect-data.js';

/** On a real instance with --write: deletes the artifact, report and client the demo created. */
export const cleanUpStep: DemoStep = {
  title: () => 'Clean up what the demo created (artifact, report, client)',
  async run(ctx) {
    const { clientId, reportId, artifactId } = ctx.state.created;
    const deleted: string[] = [];
    if (artifactId !== undefined) {
      expectData(
        await deleteArtifact({ client: ctx.sdk, path: { artifactId }, signal: ctx.signal }),
        'deleteArtifact (SDK)',
      );
      deleted.push(`artifact ${artifactId}`);
    }
    if (clientId !== undefined && reportId !== undefined) {
      expectData(
        await ctx.api.DELETE('/api/v1/client/{clientId}/report/{reportId}', {
          params: { path: { clientId, reportId } },
          signal: ctx.signal,
        }),
        'deleteReport',
      );
      deleted.push(`report ${reportId}`);
    }
    if (clientId !== undefined) {
      expectData(
        await ctx.api.DELETE('/api/v1/client/{clientId}', {
          params: { path: { clientId } },
          signal: ctx.signal,
        }),
        'deleteClient',
      );
      deleted.push(`client ${clientId}`);
    }
    ctx.state.cleanedUp = true;
    return deleted.length > 0
      ? ok(`deleted ${deleted.join(', ')}`)
      : skipped('nothing was created');
  },
};
