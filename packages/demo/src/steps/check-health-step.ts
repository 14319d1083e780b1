import { type DemoStep, ok } from '../demo-context.js';
import { expectData } from '../expect-data.js';

/** GET /api/v1/ with no token at all (the spec says `security: []`); Prism checks the answer. */
export const checkHealthStep: DemoStep = {
  title: () => 'Health check (GET /api/v1/, no token)',
  async run(ctx) {
    const response = await ctx.fetch(`${ctx.baseUrl}/api/v1/`, { signal: ctx.signal });
    const body = response.ok ? ((await response.json()) as { text?: unknown }) : undefined;
    const data = expectData({ data: body, response }, 'getHealth');
    return ok(typeof data.text === 'string' ? `"${data.text}"` : 'answered');
  },
};
