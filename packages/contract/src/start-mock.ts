import { bundledSpecPath } from './bundled-spec-path.js';
import { type PrismOptions, type PrismServer, startPrism } from './start-prism.js';

export interface MockOptions extends PrismOptions {
  /** Answer violations with errors (`--errors`, default true): an invalid spec example is a 500. */
  errors?: boolean;
}

/**
 * Starts `prism mock --errors` on the bundled PlexTrac spec (or `options.spec`), on 127.0.0.1
 * and a free port, and resolves once it answers. Stop it with `stop()`.
 */
export function startMock(options: MockOptions = {}): Promise<PrismServer> {
  const args = options.errors === false ? [] : ['--errors'];
  return startPrism('mock', args, { ...options, spec: options.spec ?? bundledSpecPath() });
}
