import type { PrismOptions } from './start-prism.js';

/** Throws a `[@plextrac-ts/contract]` error naming the first bad numeric option. */
export function validatePrismOptions(options: PrismOptions): void {
  const { port, startTimeoutMs, stopGraceMs } = options;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    throw new TypeError(
      `[@plextrac-ts/contract] port must be an integer 0-65535, got ${String(port)}; omit it or pass 0 to get a free port.`,
    );
  }
  if (startTimeoutMs !== undefined && !(Number.isFinite(startTimeoutMs) && startTimeoutMs > 0)) {
    throw new TypeError(
      `[@plextrac-ts/contract] startTimeoutMs must be a finite number of milliseconds above 0, got ${String(startTimeoutMs)}; omit it for the default 20000.`,
    );
  }
  if (stopGraceMs !== undefined && !(Number.isFinite(stopGraceMs) && stopGraceMs >= 0)) {
    throw new TypeError(
      `[@plextrac-ts/contract] stopGraceMs must be a finite number of milliseconds >= 0, got ${String(stopGraceMs)}; omit it for the default 3000.`,
    );
  }
}
