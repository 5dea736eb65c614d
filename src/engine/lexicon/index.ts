// The named word lists a pattern can reference ({ lex: 'harmVerbs' }, see
// ../pattern.ts): each name is one list of a lexicon module.
import type { Lexicons } from '../pattern';
import { EXPLICIT_SAFE_CONTEXT, EXPLICIT_TERMS, EXPLICIT_WITH_MEDIA, MEDIA_WORDS } from './explicit';
import { GROUP_CONTEMPT, GROUP_NAME_CALLING, GROUP_PLACE_PARTS, GROUP_ROLE_PARTS, GROUP_TRAITS, GROUPS, NEGATIVE_TONE, SLURS, STEREOTYPE_CUES, WEAK_STEREOTYPE_CUES } from './groups';
import { CRITICISM, CURSE_AT, INSULT_ADJECTIVES, INSULT_NOUNS, WEAK_ADJECTIVES } from './insults';
import { CITY_PEOPLE, COMMUNITY, DEPARTMENT_PEOPLE, PERSON_NOUNS, PERSON_OBJECTS, PUBLIC_CONCERN_TOPICS } from './people';
import { HARM_PARTICIPLES, HARM_VERBS, GORE } from './violence';

export const LEXICONS: Lexicons = {
  explicitTerms: EXPLICIT_TERMS,
  explicitWithMedia: EXPLICIT_WITH_MEDIA,
  mediaWords: MEDIA_WORDS,
  explicitSafeContext: EXPLICIT_SAFE_CONTEXT,
  groups: GROUPS,
  groupRoleAdjectives: GROUP_ROLE_PARTS.adjectives,
  groupRoles: GROUP_ROLE_PARTS.roles,
  groupPlaceAdjectives: GROUP_PLACE_PARTS.adjectives,
  groupOriginAdjectives: GROUP_NAME_CALLING.adjectives,
  groupPlaces: GROUP_PLACE_PARTS.places,
  slurs: SLURS,
  groupTraits: GROUP_TRAITS,
  groupContempt: GROUP_CONTEMPT,
  stereotypeCues: STEREOTYPE_CUES,
  weakStereotypeCues: WEAK_STEREOTYPE_CUES,
  negativeTone: NEGATIVE_TONE,
  insultNouns: INSULT_NOUNS,
  insultAdjectives: INSULT_ADJECTIVES,
  weakAdjectives: WEAK_ADJECTIVES,
  criticism: CRITICISM,
  curseAt: CURSE_AT,
  departmentPeople: DEPARTMENT_PEOPLE,
  cityPeople: CITY_PEOPLE,
  community: COMMUNITY,
  personObjects: PERSON_OBJECTS,
  personNouns: PERSON_NOUNS,
  publicConcernTopics: PUBLIC_CONCERN_TOPICS,
  harmVerbs: HARM_VERBS,
  harmParticiples: HARM_PARTICIPLES,
  gore: GORE,
};
