import { inspect } from 'node:util';

/** A secret value found somewhere it must never be. */
export interface SecretLeak {
  /** Index of the artifact in the collector: one leaking error counts once. */
  artifact: number;
  secret: string;
  source: string;
  /** Which rendering of the artifact held it: message, cause[1], json, inspect, ... */
  via: string;
}

interface Artifact {
  source: string;
  renderings: Array<[via: string, text: string]>;
}

interface CollectorState {
  secrets: Map<string, string>;
  artifacts: Artifact[];
  sources: Set<string>;
}

// Kept on globalThis: every test file of the run (one worker, isolate: false) shares it, so the
// final scan sees the whole matrix.
const KEY = Symbol.for('@plextrac-ts/fault-matrix/secret-collector');
const store = globalThis as typeof globalThis & { [KEY]?: CollectorState };
store[KEY] ??= { secrets: new Map(), artifacts: [], sources: new Set() };
const state: CollectorState = store[KEY];

/** Registers a secret by label; JWTs also register their payload and signature segments. */
export function addSecret(label: string, value: string | undefined): void {
  if (!value || value.length < 8) return;
  state.secrets.set(value, label);
  const parts = value.split('.');
  if (parts.length === 3) {
    if ((parts[1] ?? '').length >= 16) state.secrets.set(parts[1] as string, `${label} (payload)`);
    if ((parts[2] ?? '').length >= 16)
      state.secrets.set(parts[2] as string, `${label} (signature)`);
  }
}

function safe(render: () => string | undefined): string {
  try {
    return render() ?? '';
  } catch (error) {
    return `<render failed: ${String(error)}>`;
  }
}

function renderings(value: unknown): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (typeof value === 'string') return [['text', value]];
  out.push(['inspect', safe(() => inspect(value, { depth: 12 }))]);
  out.push(['json', safe(() => JSON.stringify(value))]);
  out.push(['string', safe(() => String(value))]);
  let current: unknown = value;
  for (let depth = 0; current instanceof Error && depth < 12; depth++) {
    const error = current;
    out.push([`cause[${depth}].message`, error.message]);
    out.push([`cause[${depth}].stack`, error.stack ?? '']);
    out.push([`cause[${depth}].json`, safe(() => JSON.stringify(error))]);
    out.push([`cause[${depth}].props`, safe(() => JSON.stringify({ ...error }))]);
    current = error.cause;
  }
  if (current !== undefined && current !== value) {
    out.push(['cause[last]', safe(() => inspect(current, { depth: 12 }))]);
  }
  return out;
}

/** Records anything a user could see: an error, an event, a log line, a session. */
export function addArtifact(source: string, value: unknown): void {
  state.sources.add(source.split(':')[0] ?? source);
  state.artifacts.push({ source, renderings: renderings(value) });
}

/** The labels of the registered secrets that appear in `text` (the scanner's own canary). */
export function secretsIn(text: string): string[] {
  return [...state.secrets].filter(([secret]) => text.includes(secret)).map(([, label]) => label);
}

/** Every place a registered secret appears in a recorded artifact. */
export function scanForSecrets(): SecretLeak[] {
  const leaks: SecretLeak[] = [];
  for (const [index, artifact] of state.artifacts.entries()) {
    for (const [via, text] of artifact.renderings) {
      for (const [secret, label] of state.secrets) {
        if (text.includes(secret))
          leaks.push({ artifact: index, secret: label, source: artifact.source, via });
      }
    }
  }
  return leaks;
}

export function collectorSummary(): { secrets: number; artifacts: number; sources: string[] } {
  return {
    secrets: state.secrets.size,
    artifacts: state.artifacts.length,
    sources: [...state.sources].sort(),
  };
}
