/** Faults the demo injects itself, in front of a real instance that has no fault switch. */
export interface LocalFaults {
  /** Answers the next request matching `matches` with a 401, without sending it. */
  unauthorizedOnce(matches: (request: Request) => boolean): void;
  /** Requests answered by a local fault so far. */
  readonly injected: number;
  /** Wraps the fetch underneath so armed faults can answer in its place. */
  wrap(fetch: typeof globalThis.fetch): typeof globalThis.fetch;
}

export function createLocalFaults(): LocalFaults {
  const armed: Array<(request: Request) => boolean> = [];
  let injected = 0;
  return {
    unauthorizedOnce(matches) {
      armed.push(matches);
    },
    get injected() {
      return injected;
    },
    wrap(fetch) {
      return async (input, init) => {
        const request = new Request(input, init);
        const index = armed.findIndex((matches) => matches(request));
        if (index === -1) return fetch(request);
        armed.splice(index, 1);
        injected += 1;
        await request.body?.cancel();
        return Response.json(
          { status: 'error', message: 'Unauthorized (injected by the demo)' },
          { status: 401 },
        );
      };
    },
  };
}
