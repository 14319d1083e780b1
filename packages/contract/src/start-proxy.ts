import { bundledSpecPath } from './bundled-spec-path.js';
import { parseUpstreamUrl } from './parse-upstream-url.js';
import { type PrismOptions, type PrismServer, startPrism } from './start-prism.js';

export interface ProxyOptions extends PrismOptions {
  /**
   * Turn response violations into 500 problem+json answers (`--errors`, default true). With
   * false, violations only appear in the `sl-violations` header.
   */
  errors?: boolean;
}

/**
 * Starts `prism proxy --errors` in front of `upstreamUrl` (a sandbox or a real PlexTrac
 * instance): requests are validated against the spec, forwarded, and responses checked. A path
 * prefix (`https://host/plextrac/`) is kept: `GET /api/v1/` goes to `/plextrac/api/v1/`.
 */
export async function startProxy(
  upstreamUrl: string,
  options: ProxyOptions = {},
): Promise<PrismServer> {
  const upstream = parseUpstreamUrl(upstreamUrl);
  const args = [upstream, ...(options.errors === false ? [] : ['--errors'])];
  return startPrism('proxy', args, { ...options, spec: options.spec ?? bundledSpecPath() });
}
