import { connect } from 'node:net';

/**
 * Readiness probe that only opens a TCP connection. Used for `prism proxy`: without `--errors`
 * Prism forwards any HTTP probe to the upstream, so a slow or hanging upstream (or a real
 * instance that should not see stray requests) would decide whether the proxy "started".
 */
export function probePort(url: string, timeoutMs = 1000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port) });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
