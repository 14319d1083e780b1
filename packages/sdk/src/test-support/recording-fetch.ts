/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  request: Request;
}

export type Responder = (request: Request, index: number) => Response | Promise<Response>;

/**
 * A `fetch` that records every Request and answers with `respond`; no globals touched. It has
 * the full `fetch` signature because hey-api's `fetch` option is typed as `typeof fetch`.
 */
export function createRecordingFetch(respond: Responder = () => Response.json({})) {
  const requests: RecordedRequest[] = [];
  const fetch = async (info: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const input = new Request(info, init);
    const request = input.clone();
    requests.push({
      method: input.method,
      url: new URL(input.url),
      headers: input.headers,
      body: await input.clone().text(),
      request,
    });
    return respond(input, requests.length - 1);
  };
  return { fetch, requests };
}
