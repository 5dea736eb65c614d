// Safety-sensitive details (identity-privacy) and self-identification. The
// words are data, in safety.json (word view) and safety.patterns.json (typed
// patterns, ../pattern.ts), checked by tests/unit/engine/lexicon-lint.test.ts.
import data from './safety.json';
import patterns from './safety.patterns.json';
import type { Pattern } from '../pattern';

export const STREET_SUFFIXES: readonly string[] = data.streetSuffixes;

/** First-person markers of where the author lives. */
export const HOME_MARKERS: readonly string[] = data.homeMarkers;

/** Shift and schedule markers. */
export const SCHEDULE_MARKERS: readonly string[] = data.scheduleMarkers;

/** Family whereabouts. */
export const FAMILY_MARKERS: readonly string[] = data.familyMarkers;

/** Undercover identities. */
export const UNDERCOVER = patterns.undercover as readonly Pattern[];

/** The author identifying as a member ("I'm a police officer"). */
export const SELF_IDENTIFICATION: readonly string[] = data.selfIdentification;
