/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  request: Request;
}

export type Responder = (request: Request, index: number) => Response | Promise<Response>;

/** A `fetch` that records every Request and answers with `respond`; no globals touched. */
export function createRecordingFetch(respond: Responder = () => Response.json({})) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: Request): Promise<Response> => {
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

/** JSON bodies the server received, parsed. */
export const jsonBodies = (requests: RecordedRequest[]): unknown[] =>
  requests.map((recorded) => JSON.parse(recorded.body));
