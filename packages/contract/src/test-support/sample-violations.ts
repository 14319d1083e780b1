import type { Violation } from '../violation.js';

/** A response-body Error, as Prism reports a missing required field. */
export const missingName: Violation = {
  location: ['response', 'body', 'name'],
  severity: 'Error',
  code: 'required',
  message: "must have required property 'name'",
};

/** A Warning, as Prism reports a status code the spec does not declare. */
export const undeclaredStatus: Violation = {
  location: ['response'],
  severity: 'Warning',
  code: 'UNKNOWN',
  message: 'Unable to match the returned status code with those defined in the document: 418',
};
