/** The fetch shape every client here calls: one `Request`. */
export type RequestFetch = (request: Request) => Promise<Response>;

/**
 * Gives every request a deadline: Prism never answers a malformed JSON body, so a request
 * without one could hang the suite.
 */
export function withTimeout(base: RequestFetch, timeoutMs = 5000): RequestFetch {
  return (request) =>
    base(
      new Request(request, {
        signal: AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]),
      }),
    );
}

/** Adapts a one-`Request` fetch to the full `fetch` signature some client configs expect. */
export function asFetch(requestFetch: RequestFetch): typeof fetch {
  return (input: RequestInfo | URL, init?: RequestInit) =>
    requestFetch(input instanceof Request && !init ? input : new Request(input, init));
}
