/**
 * The validators a service checks with: one per profile and ledger setting, over the same user checklist,
 * built on first use and kept (at most four), with the reporter options each needs.
 */
import type { ProfileName } from '../checklist/checklist.js';
import type { ReporterOptions } from '../reporters/types.js';
import { reporterOptions } from '../reporters/options.js';
import { createValidator, type Validator } from '../validator.js';
import type { ServiceOptions } from './options.js';

export interface ServiceValidator {
  validator: Validator;
  reporterOptions: ReporterOptions;
}

export class Validators {
  readonly #base: NonNullable<ServiceOptions['validator']>;
  readonly #cache = new Map<string, ServiceValidator>();

  /** Builds the default validator at once: a bad user checklist fails here (ChecklistConfigError), not on a request. */
  constructor(base: ServiceOptions['validator'] = {}) {
    this.#base = base;
    this.get();
  }

  get defaultProfile(): ProfileName {
    return this.#base.profile ?? 'default';
  }

  get(profile: ProfileName = this.defaultProfile, ledger = this.#base.ledger ?? false): ServiceValidator {
    const key = `${profile}|${ledger}`;
    let entry = this.#cache.get(key);
    if (!entry) {
      const validator = createValidator({ ...this.#base, profile, ledger });
      entry = { validator, reporterOptions: reporterOptions(validator.checklist, { color: false, quiet: false, verbose: false, batch: false }) };
      this.#cache.set(key, entry);
    }
    return entry;
  }
}
