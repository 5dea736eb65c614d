// Uniforms, badges, patches, logos and issued equipment, and the events the
// order lets members show them at. The words are data, in insignia.json: one
// phrase per entry, in the engine's word view (lower case, no punctuation),
// checked by tests/unit/engine/lexicon-lint.test.ts (no regex syntax, no
// duplicates). This module only names and types them.
import data from './insignia.json';

/** Items the order names, as members write them. */
export const INSIGNIA_ITEMS: readonly string[] = data.items;

/** Items members name with the agency's initials ("<initials> patch"); the pack gives the initials. */
export const AGENCY_ITEMS: readonly string[] = data.agencyItems;

/**
 * Words before an item that make it someone else's (a school uniform, a merit
 * badge). "our men and women in uniform" thanks service members; achievement,
 * press and studio badges are no one's insignia.
 */
export const NOT_POLICE_QUALIFIERS: readonly string[] = data.notPoliceQualifiers;

/** Items followed by these are about a policy, not a picture ("take-home car policy"). */
export const POLICY_FOLLOWERS: readonly string[] = data.policyFollowers;

/** Markers that the post shows or features the item personally. */
export const DISPLAY_MARKERS: readonly string[] = data.displayMarkers;

/** Markers that also fit a plain mention of work clothes or the car ("ironing my uniform"): they count as display only for badges, patches, logos and issued weapons. */
export const WEAK_DISPLAY: ReadonlySet<string> = new Set(data.weakDisplay);

export interface ExceptionCue {
  exception: string;
  label: string;
  cues: readonly string[];
}

/** Cues for the order's insignia exceptions; the id must be an exception of the insignia clause. */
export const INSIGNIA_EXCEPTION_CUES: readonly ExceptionCue[] = data.exceptionCues;
