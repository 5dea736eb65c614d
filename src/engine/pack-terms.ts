// Word-view terms derived from the policy pack (agency names and initials, the
// City, its places, official accounts, sign-offs), so another agency's pack
// works without code changes: the engine itself names no agency.
import type { PolicyPack } from '../policy/schema';
import { alt } from './match';
import { normalize } from './normalize';

export interface PackTerms {
  /** The agency: pack aliases plus generic department words. */
  agency: string;
  /** The City: pack city aliases plus generic words. */
  city: string;
  agencyList: string[];
  cityList: string[];
  /** The place name, from "City of X" aliases. */
  place: string | undefined;
  /** The same names as a list (empty when the pack has none). */
  placeList: string[];
  /** Official accounts, lower case, without '@'. */
  accounts: string[];
  /** The agency's initials, word view. */
  initials: string[];
  /** Names of the city, word view. */
  cityNames: string[];
  /** Neighbourhoods and parts of the city, word view. */
  places: string[];
  /** Hashtag words (initials first), lower case. */
  hashtags: string[];
  /** A sign-off for the agency or city at the very end of the raw text; capture-free. */
  signOff: RegExp | undefined;
  districts: string[];
  training: string[];
  professionalSites: string[];
}

/** Escaped for a regular expression; a list joined as given (order kept, for patterns whose order matters). */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const join = (list: readonly string[]) => list.map(escapeRe).join('|');

/** A per-pack cache for compiled patterns: one build per pack object. */
export function perPack<T>(build: (pack: PolicyPack) => T): (pack: PolicyPack) => T {
  const cache = new WeakMap<PolicyPack, T>();
  return (pack) => {
    let value = cache.get(pack);
    if (value === undefined) {
      value = build(pack);
      cache.set(pack, value);
    }
    return value;
  };
}

const GENERIC_AGENCY = ['the department', 'department', 'the dept', 'dept', 'police department', 'the police department', 'the pd', 'pd', 'the force', 'our department', 'my department', 'the agency'];
const GENERIC_CITY = ['the city', 'city', 'city government', 'the city government', 'city hall', 'our city', 'this city'];

/** A phrase as word-view keys: "Metro PD" → "metro pd". */
export function keysOf(phrase: string): string {
  return normalize(phrase).tokens.map((t) => t.key).join(' ');
}

/** Aliases plus their acronyms written with dots ("Metro PD" → "Metro P.D.", whose word view is "metro p d"). */
function withDottedAcronyms(aliases: readonly string[]): string[] {
  const out = [...aliases];
  for (const a of aliases) {
    const dotted = a.replace(/\b[A-Z]{2,4}\b/g, (w) => w.split('').join(' '));
    if (dotted !== a) out.push(dotted);
  }
  return out;
}

const cache = new WeakMap<PolicyPack, PackTerms>();

export function packTerms(pack: PolicyPack): PackTerms {
  const cached = cache.get(pack);
  if (cached) return cached;
  const places = pack.agency.cityAliases
    .map((a) => /^(?:the\s+)?city of\s+(.+)$/i.exec(a)?.[1])
    .filter((p): p is string => !!p)
    .map(keysOf);
  const agencyList = [...withDottedAcronyms(pack.agency.aliases).map(keysOf), ...GENERIC_AGENCY];
  const cityList = [...pack.agency.cityAliases.map(keysOf), ...GENERIC_CITY];
  const v = pack.vocabulary;
  const initials = v.initials.map(keysOf);
  const signOffs = [...v.signOffs].sort((a, b) => b.length - a.length).map((a) => escapeRe(a).replace(/\s+/g, '\\s+'));
  const terms: PackTerms = {
    agency: alt(agencyList),
    city: alt(cityList),
    agencyList,
    cityList,
    place: places.length ? alt(places) : undefined,
    placeList: places,
    accounts: pack.agency.officialAccounts.map((a) => a.replace(/^@/, '').toLowerCase()),
    initials,
    cityNames: v.city.map(keysOf),
    places: v.places.map(keysOf),
    hashtags: [...new Set([...initials.map((i) => i.replace(/ /g, '')), ...v.hashtags])],
    signOff: signOffs.length ? new RegExp(`(?:^|\\s)[-–—]\\s*(?:${signOffs.join('|')})\\s*$`, 'i') : undefined,
    districts: v.districts.map(keysOf),
    training: v.training.map(keysOf),
    professionalSites: v.professionalSites.map((s) => s.toLowerCase()),
  };
  cache.set(pack, terms);
  return terms;
}
