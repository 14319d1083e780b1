/** Contract breaks Prism reported for one proxied response: `sl-violations` Errors and #VIOLATIONS 500s. */
export function contractViolations(status: number, headers: Headers, text: string): string[] {
  const found: string[] = [];
  const header = headers.get('sl-violations');
  if (header) {
    if (header.startsWith('Too many violations')) {
      found.push(header.slice(0, 200));
    } else {
      const entries = JSON.parse(header) as Array<{
        severity: unknown;
        message?: string;
        location?: unknown;
      }>;
      for (const entry of entries) {
        if (entry.severity === 'Error' || entry.severity === 0) {
          found.push(`${JSON.stringify(entry.location)}: ${entry.message}`);
        }
      }
    }
  }
  if (status === 500 && (headers.get('content-type') ?? '').includes('problem+json')) {
    try {
      const problem = JSON.parse(text) as { type?: string; detail?: string; validation?: unknown };
      if (problem.type?.endsWith('#VIOLATIONS'))
        found.push(`500 #VIOLATIONS: ${JSON.stringify(problem.validation ?? problem.detail)}`);
    } catch {
      // not a problem document
    }
  }
  return found;
}

/** Every operationId the spec declares (read from the YAML text; ids are single words). */
export function specOperationIds(specText: string): string[] {
  return [...specText.matchAll(/^\s+operationId:\s*['"]?(\w+)['"]?\s*$/gm)].map((m) => m[1] ?? '');
}
