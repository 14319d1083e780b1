import { createAssetDoc, createClientDoc, createFindingDoc, createReportDoc } from './documents.js';
import type { Doc, Store } from './store.js';

export interface SeedReport extends Doc {
  name: string;
  findings?: Array<Doc & { title: string }>;
}

export interface SeedClient extends Doc {
  name: string;
  reports?: SeedReport[];
  assets?: Array<Doc & { asset: string }>;
}

/** Initial data: clients with their reports, findings and assets, and tenant tag names. */
export interface SandboxSeed {
  clients?: SeedClient[];
  tags?: string[];
}

/** The default data set: one client with one report, two findings and one asset. */
export const demoSeed: SandboxSeed = {
  tags: ['external', 'web'],
  clients: [
    {
      name: 'Acme Corp',
      poc: 'John Smith',
      poc_email: 'john.smith@acme.example',
      description: 'Annual external penetration test.',
      tags: ['web'],
      assets: [
        { asset: 'www.acme.example', type: 'Server', assetCriticality: 'High', tags: ['web'] },
      ],
      reports: [
        {
          name: '2025 External Penetration Test',
          status: 'Draft',
          tags: ['external'],
          findings: [
            { title: 'Outdated TLS configuration', severity: 'Medium', tags: ['tls'] },
            { title: 'SQL injection in login form', severity: 'High', tags: ['web'] },
          ],
        },
      ],
    },
  ],
};

export function seedStore(store: Store, seed: SandboxSeed): void {
  for (const name of seed.tags ?? []) {
    const id = `tag_tenant_${store.tenantId}_${name}`;
    store.tags.set(id, { id, name });
  }
  for (const { reports = [], assets = [], ...client } of seed.clients ?? []) {
    const doc = createClientDoc(store, client);
    for (const asset of assets) createAssetDoc(store, doc.client_id, asset);
    for (const { findings = [], ...report } of reports) {
      const reportDoc = createReportDoc(store, doc.client_id, report);
      for (const finding of findings) createFindingDoc(store, reportDoc, finding);
    }
  }
}
