// Who a draft can be about: the Department's members and officials, the City,
// and the community it serves. The words are data, in people.json (word
// view), checked by tests/unit/engine/lexicon-lint.test.ts.
import data from './people.json';

/** Ranks, roles and units inside a police department. The rules derive the plural ("s"). */
export const DEPARTMENT_PEOPLE: readonly string[] = data.department;

/** The City and its officials. The rules derive the plural ("s"). */
export const CITY_PEOPLE: readonly string[] = data.city;

/** The community the Department serves (the pack adds "<city> folks", "folks in <city>"…). */
export const COMMUNITY: readonly string[] = data.community;

/** Words that point at a person as the object of an action ("kill him", "that guy"). */
export const PERSON_OBJECTS: readonly string[] = data.personObjects;

/** Nouns for people, for threats ("the next guy", "those protesters"). Singular; the rules derive the plural ("s"). */
export const PERSON_NOUNS: readonly string[] = data.personNouns;

/** Markers of a topic of public concern (policy, budgets, public safety). */
export const PUBLIC_CONCERN_TOPICS: readonly string[] = data.publicConcernTopics;
