// Word classes for the frame grammar (../grammar.ts): what people write when
// they approve of, wish for or joke about force, dehumanise a group, or hold
// the community in contempt. The words are data, in frames.json (word view,
// checked by tests/unit/engine/lexicon-lint.test.ts); inflected forms are
// listed, not derived, so a word's senses stay in view.
import data from './frames.json';

/** Harm done to a person: verbs in every form, and nouns of lethal force. */
export const HARM_WORDS: readonly string[] = data.harm;

/** Frames of wish, approval, obligation, permission or humour around the harm. */
export const FORCE_FRAMES: readonly string[] = data.forceFrames;

/** A person or a group the harm is aimed at (beside PERSON_OBJECTS and PERSON_NOUNS in ./people). */
export const FORCE_TARGETS: readonly string[] = data.forceTargets;

/** Animal, vermin, disease and refuse nouns: applied to people, they dehumanise. */
export const DEHUMANISING: readonly string[] = data.dehumanising;

/** Words that put "monkey", "rat" or "zoo" in their literal sense. */
export const LITERAL_ANIMAL: readonly string[] = data.literalAnimal;

/** The community a department serves, named by what its members do or receive rather than by the Department. */
export const SERVED_COMMUNITY: readonly string[] = data.servedCommunity;

/** Contempt for the served community: insults beyond ./insults that real posts use. */
export const COMMUNITY_CONTEMPT: readonly string[] = data.communityContempt;

/** Cheers that, beside a contempt word for a person and a death word, approve of someone's death ("another … gone"). */
export const DEATH_CHEERS: readonly string[] = data.deathCheers;
/** Words that say a person died or is gone. */
export const DEATH_WORDS: readonly string[] = data.deathWords;
/** Contempt words for a person that such cheers go with. */
export const CONTEMPT_PERSONS: readonly string[] = data.contemptPersons;

/** What an officer does to a person on the street: stops, searches, arrests. */
export const ENFORCEMENT_ACTS: readonly string[] = data.enforcementActs;
/** Race, ethnicity or religion words as used when explaining whom one stops. */
export const RACE_WORDS: readonly string[] = data.raceWords;

/** Words that put a post on the job: whoever it then calls animals is someone the member serves. */
export const ON_DUTY: readonly string[] = data.onDuty;
/** Words that put a post on a call (beside ON_DUTY): the people it then insults are people served. */
export const ON_A_CALL_WORDS: readonly string[] = data.onACall;

/** Frames of enjoyment around force ("a blast …ing people"). */
export const ENJOY_FRAMES: readonly string[] = data.enjoyFrames;
/** What is turned on a crowd: vehicles driven at it (verbs) and the tools of crowd control (nouns). */
export const CROWD_TOOLS: { readonly verbs: readonly string[]; readonly nouns: readonly string[] } = data.crowdTools;
/** A crowd in the street: protesters, rioters, a mob, people blocking the road. */
export const CROWDS: readonly string[] = data.crowds;

/** Approval of a death once it happened: "did society a favor", "natural selection", "nobody will miss". */
export const DEATH_APPROVAL: readonly string[] = data.deathApproval;
/** Words that say someone died or was killed (beside DEATH_WORDS, which go with cheers). */
export const DEATH_DONE: readonly string[] = data.deathDone;
/** Words of grief: a post that mourns does not approve. */
export const GRIEF: readonly string[] = data.grief;

/** Praise said in sarcasm of someone met on a call ("another criminal mastermind"): scorn only on the job. */
export const SARCASTIC_PRAISE: readonly string[] = data.sarcasticPraise;

/** Words that may open an order without changing it ("Just shoot the looters"). */
export const IMPERATIVE_LEADS: readonly string[] = data.imperativeLeads;
