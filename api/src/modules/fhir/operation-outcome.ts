import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../platform/errors.js';

export type Issue = OperationOutcomeIssue;

/** A refused FHIR request: its HTTP status and the issues that say why. Nothing was written. */
export class FhirProblem extends Error {
  constructor(
    readonly status: number,
    readonly issues: Issue[],
  ) {
    super(issues.map((i) => i.diagnostics).join(' '));
  }
}

/** An `error` issue; `expression` points at the element (FHIRPath), e.g. `Bundle.entry[2].resource`. */
export const error = (code: Issue['code'], diagnostics: string, expression?: string): Issue => ({
  severity: 'error',
  code,
  diagnostics,
  ...(expression && { expression: [expression] }),
});

export const warning = (code: Issue['code'], diagnostics: string, expression?: string): Issue => ({
  severity: 'warning',
  code,
  diagnostics,
  ...(expression && { expression: [expression] }),
});

export const information = (diagnostics: string, expression?: string): Issue => ({
  severity: 'information',
  code: 'informational',
  diagnostics,
  ...(expression && { expression: [expression] }),
});

export const invalid = (diagnostics: string, expression?: string) =>
  new FhirProblem(400, [error('invalid', diagnostics, expression)]);

export function outcome(issues: Issue[]): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: issues.length > 0 ? issues : [information('All well.')] };
}

const BY_CODE: Record<string, { status: number; code: Issue['code'] }> = {
  [ErrorCode.BAD_USER_INPUT]: { status: 400, code: 'invalid' },
  [ErrorCode.UNAUTHENTICATED]: { status: 401, code: 'login' },
  [ErrorCode.FORBIDDEN]: { status: 403, code: 'forbidden' },
  [ErrorCode.NOT_FOUND]: { status: 404, code: 'not-found' },
  [ErrorCode.CONFLICT]: { status: 409, code: 'conflict' },
  [ErrorCode.RATE_LIMITED]: { status: 429, code: 'throttled' },
};

/**
 * The HTTP status and OperationOutcome of a failure: a refusal keeps its coded message (the same
 * words GraphQL clients get); anything else is a masked 500.
 */
export function problemOf(failure: unknown): FhirProblem | null {
  if (failure instanceof FhirProblem) return failure;
  if (failure instanceof GraphQLError) {
    const known = BY_CODE[String(failure.extensions.code)];
    if (known) return new FhirProblem(known.status, [error(known.code, failure.message)]);
  }
  return null;
}
