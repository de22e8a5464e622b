/** The validator a command checks with, built once; a bad user checklist is the user's mistake. */
import { ChecklistConfigError, formatChecklistError } from '../checklist/errors.js';
import { createValidator, type Validator, type ValidatorOptions } from '../validator.js';
import { UsageError } from './io.js';

/** createValidator, with a bad user checklist as a usage error listing its problems, one per line. */
export function commandValidator(options: ValidatorOptions): Validator {
  try {
    return createValidator(options);
  } catch (error) {
    if (error instanceof ChecklistConfigError) throw new UsageError(error.errors.map(formatChecklistError).join('\n'));
    throw error;
  }
}
