/**
 * Checks the upstream of `startProxy` and returns what Prism gets: the origin plus any path
 * prefix (`https://host/plextrac/`), which Prism joins with each request's path. Refuses
 * credentials (they would sit in Prism's command line) and a query or fragment (Prism drops
 * them), so that nothing is silently lost.
 */
export function parseUpstreamUrl(raw: string): string {
  let upstream: URL;
  try {
    upstream = new URL(raw);
  } catch {
    // No cause: URL's TypeError carries the input, credentials and all, in `input`.
    throw new Error(
      '[@plextrac-ts/contract] startProxy needs an absolute http(s) upstream URL such as https://tenant.plextrac.com.',
    );
  }
  if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:') {
    throw new Error(
      `[@plextrac-ts/contract] startProxy needs an http(s) upstream URL, got ${upstream.protocol}.`,
    );
  }
  if (upstream.username || upstream.password) {
    throw new Error(
      `[@plextrac-ts/contract] startProxy refuses an upstream URL with credentials (user:password@${upstream.host}); pass the URL without them and authenticate in your client.`,
    );
  }
  if (upstream.search || upstream.hash || raw.includes('?') || raw.includes('#')) {
    throw new Error(
      `[@plextrac-ts/contract] startProxy refuses an upstream URL with a query or fragment (${upstream.origin}${upstream.pathname}...); Prism would drop it. Pass the origin and path prefix only.`,
    );
  }
  return upstream.pathname === '/' ? upstream.origin : `${upstream.origin}${upstream.pathname}`;
}
