export interface TokenPolicy {
  durationSeconds: number;
  tokenLifetimeSeconds: number;
  refreshMarginSeconds: number;
}

/**
 * Authentication calls steady traffic needs: each token serves lifetime − margin seconds before
 * it is refreshed, so an hour of 900 s tokens with a 120 s margin needs ⌈3600 / 780⌉ = 5 tokens,
 * one login and four refreshes.
 */
export function expectedAuthCalls(policy: TokenPolicy): number {
  return Math.ceil(
    policy.durationSeconds / (policy.tokenLifetimeSeconds - policy.refreshMarginSeconds),
  );
}
