import { bundledSpecPath } from './bundled-spec-path.js';
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
 * instance): requests are validated against the spec, forwarded, and responses checked.
 */
export async function startProxy(
  upstreamUrl: string,
  options: ProxyOptions = {},
): Promise<PrismServer> {
  let upstream: URL;
  try {
    upstream = new URL(upstreamUrl);
  } catch (error) {
    throw new Error(
      '[@plextrac-ts/contract] startProxy needs an absolute http(s) upstream URL such as https://tenant.plextrac.com.',
      { cause: error },
    );
  }
  if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:') {
    throw new Error(
      `[@plextrac-ts/contract] startProxy needs an http(s) upstream URL, got ${upstream.protocol}.`,
    );
  }
  const args = [upstream.origin, ...(options.errors === false ? [] : ['--errors'])];
  return startPrism('proxy', args, { ...options, spec: options.spec ?? bundledSpecPath() });
}
