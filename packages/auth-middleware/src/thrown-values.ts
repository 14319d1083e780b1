// A fetch, an otp() callback or a token store may throw anything: null, a null-prototype object,
// a getter that throws, a revoked Proxy. Reading such a value must not throw in turn.

/** `instanceof` that a Proxy whose getPrototypeOf trap throws cannot break. */
export function isInstance<T>(
  value: unknown,
  type: abstract new (...args: never[]) => T,
): value is T {
  try {
    return value instanceof type;
  } catch {
    return false;
  }
}

/** `String(get())`, or undefined when it is null, undefined or throws. */
export function tryRead(get: () => unknown): string | undefined {
  try {
    const value = get();
    return value === undefined || value === null ? undefined : String(value);
  } catch {
    return undefined;
  }
}
