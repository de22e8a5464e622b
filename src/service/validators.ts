/**
 * The validators a service checks with: one per profile and ledger setting, over the same user checklist,
 * with the reporter options each needs. All four, with every checklist version, are built at start: a bad
 * user checklist fails there, and no request pays for (or runs the option parsing of) building one.
 */
import { CHECKLIST_VERSIONS, type ProfileName } from '../checklist/checklist.js';
import { PROFILE_NAMES } from '../options/check.js';
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

  /** Throws ChecklistConfigError for a bad user checklist. */
  constructor(base: ServiceOptions['validator'] = {}) {
    this.#base = base;
    for (const profile of PROFILE_NAMES) for (const ledger of [false, true]) this.#cache.set(`${profile}|${ledger}`, this.#build(profile, ledger));
  }

  get defaultProfile(): ProfileName {
    return this.#base.profile ?? 'default';
  }

  get(profile: ProfileName = this.defaultProfile, ledger = this.#base.ledger ?? false): ServiceValidator {
    return this.#cache.get(`${profile}|${ledger}`)!;
  }

  #build(profile: ProfileName, ledger: boolean): ServiceValidator {
    const validator = createValidator({ ...this.#base, profile, ledger });
    // Older checklist versions are resolved on first use; here, so that it is never during a request.
    for (const version of CHECKLIST_VERSIONS) validator.checklistFor(version);
    return { validator, reporterOptions: reporterOptions(validator.checklist, { color: false, quiet: false, verbose: false, batch: false }) };
  }
}
