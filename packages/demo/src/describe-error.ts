/** One line for any error: its message (first line, prefix kept) and a network cause's code. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).split('\n')[0] ?? 'unknown error';
  if (error.name === 'AbortError') return 'interrupted';
  if (error.name === 'TimeoutError') return 'timed out';
  // The session's own advice names createSession options; the demo is configured by variables.
  if (error.name === 'MfaRequiredError') {
    return 'this account needs MFA: set PLEXTRAC_TOTP_SECRET to the base32 secret from its MFA setup';
  }
  const first = error.message.split('\n')[0]?.trim() || error.name;
  const cause = (error as { cause?: unknown }).cause as
    | { code?: unknown; message?: unknown }
    | undefined;
  if (first === 'fetch failed' && cause) {
    const code = typeof cause.code === 'string' ? cause.code : undefined;
    const message = typeof cause.message === 'string' ? cause.message : undefined;
    return `request failed (${code ?? message ?? 'network error'})`;
  }
  return first;
}

/** The message without the package prefix, for a step line. */
export function shortReason(error: unknown): string {
  return describeError(error).replace(/^\[@plextrac-ts\/demo\]\s*/, '');
}
