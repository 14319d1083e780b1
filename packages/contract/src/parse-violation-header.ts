import { cutAfterLastEntry } from './cut-after-last-entry.js';
import { isViolation, type Violation } from './violation.js';

const TOO_MANY = 'Too many violations!';
const HEADER = ['response', 'headers', 'sl-violations'];

/**
 * Parses an `sl-violations` header value. A truncated list (`Too many violations!` prefix)
 * keeps its complete entries. A header that is present but cannot be read (not a JSON list,
 * entries that are not violations, several headers joined by ", ") is itself reported as an
 * Error, so that it never passes as "no violations".
 */
export function parseViolationHeader(value: string | null): Violation[] {
  if (value === null) return [];
  const truncated = value.startsWith(TOO_MANY);
  const json = (truncated ? value.slice(TOO_MANY.length) : value).trim();
  const { list, problem } = truncated ? readTruncated(json) : readList(json);
  const violations = list.filter(isViolation);
  const odd = list.length - violations.length;
  const reason =
    problem ??
    (odd > 0 ? `${odd} entr${odd === 1 ? 'y is' : 'ies are'} not a violation` : undefined);
  if (reason) violations.push(unreadable(reason, value));
  if (truncated) {
    violations.push({
      location: HEADER,
      severity: 'Error',
      code: 'TOO_MANY_VIOLATIONS',
      message: 'Prism truncated the violation list (more than ~8 KB of violations).',
    });
  }
  return violations;
}

interface ReadList {
  list: unknown[];
  problem?: string;
}

function readList(json: string): ReadList {
  const parsed = tryParse(json);
  if (Array.isArray(parsed)) return { list: parsed };
  // Two `sl-violations` headers arrive joined by ", ": `[...], [...]`.
  const joined = tryParse(`[${json}]`);
  if (Array.isArray(joined) && joined.length > 1 && joined.every(Array.isArray)) {
    return { list: joined.flat(), problem: 'several headers joined by ", "' };
  }
  return { list: [], problem: parsed === FAILED ? 'not JSON' : 'not a JSON list' };
}

function readTruncated(json: string): ReadList {
  const cut = cutAfterLastEntry(json);
  const parsed = cut === undefined ? FAILED : tryParse(cut);
  return Array.isArray(parsed)
    ? { list: parsed }
    : { list: [], problem: 'a truncated list that does not parse' };
}

const FAILED = Symbol('failed');

function tryParse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return FAILED;
  }
}

function unreadable(reason: string, value: string): Violation {
  const preview = value.length > 120 ? `${value.slice(0, 120)}...` : value;
  return {
    location: HEADER,
    severity: 'Error',
    code: 'UNREADABLE_HEADER',
    message: `unreadable sl-violations header (${reason}): ${JSON.stringify(preview)}; treat the exchange as broken and check what sits between you and Prism.`,
  };
}
