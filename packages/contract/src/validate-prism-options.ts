import type { PrismOptions } from './start-prism.js';

/** Ports fetch refuses to connect to ("bad port", per the Fetch standard): a server there is unusable. */
const FETCH_BLOCKED_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
]);

/** The longest delay setTimeout keeps; a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const isDelay = (ms: number) => Number.isFinite(ms) && ms >= 0 && ms <= MAX_TIMER_MS;

/** Throws a `[@plextrac-ts/contract]` error naming the first bad numeric option. */
export function validatePrismOptions(options: PrismOptions): void {
  const { port, startTimeoutMs, stopGraceMs } = options;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    throw new TypeError(
      `[@plextrac-ts/contract] port must be an integer 0-65535, got ${String(port)}; omit it or pass 0 to get a free port.`,
    );
  }
  if (port !== undefined && FETCH_BLOCKED_PORTS.has(port)) {
    throw new TypeError(
      `[@plextrac-ts/contract] port ${port} is one that fetch refuses to connect to (a "bad port"); choose another, or omit it to get a free port.`,
    );
  }
  if (startTimeoutMs !== undefined && !(isDelay(startTimeoutMs) && startTimeoutMs > 0)) {
    throw new TypeError(
      `[@plextrac-ts/contract] startTimeoutMs must be a number of milliseconds above 0 and at most ${MAX_TIMER_MS}, got ${String(startTimeoutMs)}; omit it for the default 20000.`,
    );
  }
  if (stopGraceMs !== undefined && !isDelay(stopGraceMs)) {
    throw new TypeError(
      `[@plextrac-ts/contract] stopGraceMs must be a number of milliseconds from 0 to ${MAX_TIMER_MS}, got ${String(stopGraceMs)}; omit it for the default 3000.`,
    );
  }
}
