import type { BundleEntry } from './bundle-entries.js';

type BudgetedEntry = Exclude<BundleEntry['id'], 'openapi-fetch'>;

/**
 * Gzipped byte goals, shown beside the bench figures. The auth middleware's is the issue's
 * 3 kB (3,000 B, otplib excluded); it is missed (8,640 B measured on 2026-12-04: the session
 * core, login/MFA, option checks with their messages, redaction and jwt-decode). The other two
 * have no goal of their own, so their goal is their CI budget.
 */
export const SIZE_GOALS: Record<BudgetedEntry, number> = {
  'auth-middleware': 3000,
  'sdk-call-with-auth': 23_200,
  'client-with-auth': 21_600,
};

/**
 * Gzipped byte budgets that fail CI (size-budgets.test.ts), so growth is a deliberate, reviewed
 * change to this file. Set on 2026-12-03 at the measured size plus ~10%, rounded up to 100 B; the
 * auth middleware's was raised on 2026-12-04 (8,043 B measured, +10%) for the hardening from two
 * adversarial reviews (redirect refusal, 429 cool-down, stream-401 and cross-origin-401 handling,
 * broader redaction, the auth answer size cap). The SDK call's was raised on 2026-12-04 from
 * 22,200 B, which that hardening had used up to 34 B, after submitted MFA codes were scrubbed
 * and createAuthFetch began refusing URLs with credentials (+143 B together). A third review's
 * fixes (URL credentials in any spelling, binary bodies across redirects, a token kept after a
 * rate-limited re-login, readable waits, hostile thrown values, waiting for an abandoned login,
 * remembering the last 16 dropped tokens) left the SDK call 18 B and the client 95 B of room, so
 * on 2026-12-04 those two were raised to 23,200 B and 21,600 B (about 2% over the measured size).
 * Measured then: auth-middleware 8,640 B, sdk-call-with-auth 22,682 B, client-with-auth 21,105 B
 * (the last two include otplib, which the session imports statically).
 */
export const SIZE_BUDGETS: Record<BudgetedEntry, number> = {
  'auth-middleware': 8_900,
  'sdk-call-with-auth': 23_200,
  'client-with-auth': 21_600,
};
