import type { BundleEntry } from './bundle-entries.js';

type BudgetedEntry = Exclude<BundleEntry['id'], 'openapi-fetch'>;

/**
 * Gzipped byte goals, shown beside the bench figures. The auth middleware's is the issue's
 * 3 kB (3,000 B, otplib excluded); it is missed (about 7.1 kB measured on 2026-12-03: the
 * session core, login/MFA, option checks with their messages and jwt-decode). The other two
 * have no goal of their own, so their goal is their CI budget.
 */
export const SIZE_GOALS: Record<BudgetedEntry, number> = {
  'auth-middleware': 3000,
  'sdk-call-with-auth': 22_200,
  'client-with-auth': 21_200,
};

/**
 * Gzipped byte budgets that fail CI (size-budgets.test.ts): each is the size measured on
 * 2026-12-03 plus ~10% headroom, rounded up to 100 B, so growth is a deliberate, reviewed change
 * to this file. Measured: auth-middleware 7,128 B, sdk-call-with-auth 20,179 B,
 * client-with-auth 19,251 B (the last two include otplib, which the session imports statically).
 */
export const SIZE_BUDGETS: Record<BudgetedEntry, number> = {
  'auth-middleware': 7_900,
  'sdk-call-with-auth': 22_200,
  'client-with-auth': 21_200,
};
