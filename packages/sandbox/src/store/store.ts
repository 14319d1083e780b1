import type { SandboxClock } from '../clock.js';

/** A stored document: known keys plus whatever a client sent (PlexTrac keeps unknown keys). */
export type Doc = Record<string, unknown>;

export interface ClientDoc extends Doc {
  client_id: number;
  name: string;
}
export interface ReportDoc extends Doc {
  id: number;
  client_id: number;
  name: string;
}
export interface FindingDoc extends Doc {
  flaw_id: number;
  client_id: number;
  report_id: number;
  title: string;
}
export interface AssetDoc extends Doc {
  id: string;
  client_id: number;
  asset: string;
}
export interface TagDoc extends Doc {
  id: string;
  name: string;
}
export interface ArtifactDoc extends Doc {
  id: string;
  filename: string;
}

/** The in-memory data of one sandbox. Ids count up per kind, like PlexTrac's doc ids. */
export interface Store {
  clock: SandboxClock;
  tenantId: number;
  /** When the sandbox started (sandbox clock): the users' `createdAt`. */
  createdAt: number;
  clients: Map<number, ClientDoc>;
  reports: Map<number, ReportDoc>;
  findings: Map<number, FindingDoc>;
  assets: Map<string, AssetDoc>;
  tags: Map<string, TagDoc>;
  artifacts: Map<string, ArtifactDoc>;
  nextId(kind: 'client' | 'report' | 'finding' | 'asset' | 'artifact'): number;
}

const FIRST_IDS = { client: 1001, report: 500001, finding: 9001, asset: 1, artifact: 1 };

export function createStore(clock: SandboxClock, tenantId: number): Store {
  const counters = { ...FIRST_IDS };
  return {
    clock,
    tenantId,
    createdAt: clock.now(),
    clients: new Map(),
    reports: new Map(),
    findings: new Map(),
    assets: new Map(),
    tags: new Map(),
    artifacts: new Map(),
    nextId(kind) {
      const id = counters[kind];
      counters[kind] += 1;
      return id;
    },
  };
}
