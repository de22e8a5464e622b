/** Problems with a profile or a user checklist: values with stable codes, naming the bad entry. */
import type * as z from 'zod';

export type ChecklistErrorCode = 'checklist-invalid' | 'unknown-item' | 'duplicate-item' | 'unknown-field' | 'unknown-profile' | 'checklist-unreadable';

export interface ChecklistError {
  code: ChecklistErrorCode;
  /** The checklist file, when it came from one. */
  file?: string;
  /** Where in the checklist, e.g. `items › storage.temprature › level`. */
  entry?: string;
  message: string;
}

export function formatChecklistError(error: ChecklistError): string {
  return `${error.file ?? 'checklist'}${error.entry ? ` (${error.entry})` : ''}: ${error.message}`;
}

/** One ChecklistError per zod issue, with the path spelt out. */
export function fromZodError(error: z.ZodError, file?: string): ChecklistError[] {
  return error.issues.map((issue) => ({
    code: 'checklist-invalid' as const,
    ...(file !== undefined ? { file } : {}),
    entry: issue.path.length > 0 ? issue.path.map(String).join(' › ') : '(top level)',
    message: issue.message,
  }));
}

/** Thrown only by API calls that receive invalid options from code (a programmer error). */
export class ChecklistConfigError extends Error {
  readonly errors: ChecklistError[];
  constructor(errors: ChecklistError[]) {
    super(errors.map(formatChecklistError).join('\n'));
    this.name = 'ChecklistConfigError';
    this.errors = errors;
  }
}
