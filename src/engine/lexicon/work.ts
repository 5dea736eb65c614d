// Work complaints: who they are aimed at (command staff, supervisors, City
// officials), what they are about (schedules, leave, pay, promotions,
// discipline) and the words that make them a complaint. The words are data,
// in work.json, checked by tests/unit/engine/lexicon-lint.test.ts.
import data from './work.json';

/** Command staff, supervisors and City officials, generically (the pack adds the agency and the City). */
export const AUTHORITIES: readonly string[] = data.authorities;

/** A member's own working conditions. */
export const WORK_TOPICS: readonly string[] = data.topics;

/** Words that make a mention of those conditions a complaint. */
export const COMPLAINT_MARKERS: readonly string[] = data.complaints;

/** Work phrases that are about the writer even without "I" or "my" ("got passed over", "forced holdover"). */
export const IMPLICIT_FIRST_PERSON: readonly string[] = data.implicitFirstPerson;
