// Word-view patterns derived from the policy pack (agency names, the City,
// official accounts), so another agency's pack works without code changes.
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
  /** The place name ("durham"), from "City of X" aliases. */
  place: string | undefined;
  /** Official accounts, lower case, without '@'. */
  accounts: string[];
}

const GENERIC_AGENCY = ['the department', 'department', 'the dept', 'dept', 'police department', 'the police department', 'the pd', 'pd', 'the force', 'our department', 'my department', 'the agency'];
const GENERIC_CITY = ['the city', 'city', 'city government', 'the city government', 'city hall', 'our city', 'this city'];

/** A phrase as word-view keys: "Durham PD" → "durham pd". */
export function keysOf(phrase: string): string {
  return normalize(phrase).tokens.map((t) => t.key).join(' ');
}

/** Aliases plus their acronyms written with dots ("Durham PD" → "Durham P.D.", whose word view is "durham p d"). */
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
  const terms: PackTerms = {
    agency: alt(agencyList),
    city: alt(cityList),
    agencyList,
    cityList,
    place: places.length ? alt(places) : undefined,
    accounts: pack.agency.officialAccounts.map((a) => a.replace(/^@/, '').toLowerCase()),
  };
  cache.set(pack, terms);
  return terms;
}
