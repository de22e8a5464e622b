/**
 * Errors as RFC 9457 problem documents (`application/problem+json`): a stable `code`, the HTTP status,
 * and `detail`, the one line the CLI prints for the same problem (file, line, column, message, fix).
 * Never a stack trace, never the document's contents beyond what that line names.
 */
import type { FastifyReply } from 'fastify';
import { formatInputError, type InputError, type InputErrorCode } from '../io/errors.js';

/** Problems of the service itself; documents fail with an InputErrorCode. */
export type ServiceErrorCode =
  | 'bad-request'
  | 'bad-query'
  | 'unauthorized'
  | 'not-found'
  | 'method-not-allowed'
  | 'not-acceptable'
  | 'unsupported-media-type'
  | 'timeout'
  | 'busy'
  | 'shutting-down'
  | 'internal-error';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ServiceErrorCode | InputErrorCode;
  detail: string;
  line?: number;
  column?: number;
  /** In a spreadsheet: the sheet and cell (`Arms`, `F7`). */
  sheet?: string;
  cell?: string;
  hint?: string;
  /** A spreadsheet with several bad rows or cells: every one of them (this problem is the first). */
  errors?: Problem[];
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const PROBLEM_MEDIA_TYPE = 'application/problem+json; charset=utf-8';

export function problem(status: number, code: Problem['code'], detail: string, extra: Pick<Problem, 'line' | 'column' | 'sheet' | 'cell' | 'hint'> = {}): Problem {
  return { type: `urn:secretome-checklist:problem:${code}`, title: TITLES[status] ?? 'Error', status, code, detail, ...extra };
}

/** A document the checker cannot read: 413 when it is over the size limit, 422 for everything else. */
export function inputProblem(error: InputError): Problem {
  const status = error.code === 'too-large' ? 413 : error.code === 'internal-error' ? 500 : 422;
  return problem(status, error.code, formatInputError(error), {
    ...(error.line !== undefined ? { line: error.line } : {}),
    ...(error.column !== undefined ? { column: error.column } : {}),
    ...(error.sheet !== undefined ? { sheet: error.sheet } : {}),
    ...(error.cell !== undefined ? { cell: error.cell } : {}),
    ...(error.hint !== undefined ? { hint: error.hint } : {}),
  });
}

/** Several input errors (the bad cells of a spreadsheet): the first, with all of them in `errors`. */
export function inputProblems(errors: readonly InputError[]): Problem {
  const [first] = errors;
  if (first === undefined) throw new RangeError('inputProblems needs at least one error');
  return errors.length === 1 ? inputProblem(first) : { ...inputProblem(first), errors: errors.map(inputProblem) };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type(PROBLEM_MEDIA_TYPE).send(body);
}
