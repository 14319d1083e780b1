import fc from 'fast-check';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value) ?? 'null').toString('base64url');
const claim = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.boolean());

/** JWT-shaped strings with arbitrary (often absurd) `exp`/`iat` claims. */
const tokenLike = fc
  .tuple(
    fc.record({ exp: claim, iat: claim, username: fc.string() }, { requiredKeys: [] }),
    fc.base64String(),
  )
  .map(([claims, signature]) => `${b64({ alg: 'HS256' })}.${b64(claims)}.${signature}`);

/** What a server could send as `token`: any string, binary, JWT-like, or dotted garbage. */
export const serverToken = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  tokenLike,
  fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }).map((parts) => parts.join('.')),
);

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
});

/** `Retry-After` header values: seconds, dates, negatives, huge numbers and plain junk. */
export const retryAfterValue = fc.oneof(
  printable,
  fc.nat().map(String),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  fc.constantFrom('99999999999999999999', '1e3', ' 7 ', '-5', 'Infinity', 'NaN', '', '0', '3.5'),
);

const headerName = fc.oneof(
  fc.constantFrom('Authorization', 'authorization', 'X-Trace', 'Accept', 'Content-Type', 'Cookie'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
);
const headerValue = fc.stringMatching(/^[!-~]([ -~]{0,30}[!-~])?$/);
const headerPairs = fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 });

/** Every form a caller can pass as `headers`: pairs, a record, a Headers, or nothing. */
export const headersInit = fc.oneof(
  headerPairs,
  headerPairs.map((list) => Object.fromEntries(list)),
  headerPairs.map((list) => new Headers(list)),
  fc.constant(undefined),
);

/** Request bodies: none, null, any JSON value (sent as JSON) or a string. */
export const requestBody = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.jsonValue(),
  fc.string(),
);

const item = fc.record({ id: fc.nat() });
const total = fc.oneof(
  fc.nat({ max: 30 }),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constant(null),
);
const page = fc.oneof(
  fc.record(
    {
      data: fc.array(item, { maxLength: 6 }),
      meta: fc.record(
        { pagination: fc.record({ total }, { requiredKeys: [] }) },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
  fc.record({
    assets: fc.array(item, { maxLength: 6 }),
    meta: fc.record({ pagination: fc.record({ total }) }),
  }),
  fc.jsonValue(),
);

/** What a list endpoint answers, request after request: pages, HTTP errors, broken JSON. */
export const serverPages = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: page.map((body) => ({ status: 200, text: JSON.stringify(body) })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(401, 404, 500, 502)
        .map((status) => ({ status, text: '{"message":"no"}' })),
    },
    { weight: 1, arbitrary: fc.constant({ status: 200, text: '{"data":[{"id":' }) },
  ),
  { minLength: 1, maxLength: 8 },
);
