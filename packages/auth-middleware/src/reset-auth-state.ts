import { resetAuthRateLimiter } from './rate-limiter.js';
import { resetTotpMemory } from './totp.js';

/**
 * For tests: forgets the process-wide auth state (the per-origin rate-limiter history and the
 * TOTP steps already submitted), so one test's logins do not delay the next.
 */
export function resetAuthState(): void {
  resetAuthRateLimiter();
  resetTotpMemory();
}
