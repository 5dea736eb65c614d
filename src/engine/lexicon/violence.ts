// Threats, wishes of harm and celebrations of violence, and the police
// vocabulary that is not violent content by itself. The words are data, in
// violence.json (word view) and violence.patterns.json (typed patterns,
// ../pattern.ts), checked by tests/unit/engine/lexicon-lint.test.ts.
import data from './violence.json';
import patterns from './violence.patterns.json';
import type { Pattern } from '../pattern';

/** Verbs of harm as an action the author would take ("kill him"). Base forms. */
export const HARM_VERBS: readonly string[] = data.harmVerbs;

/** Participles for "should be ___" wishes ("should be shot"). */
export const HARM_PARTICIPLES: readonly string[] = data.harmParticiples;

/** Phrases that wish or celebrate violence on their own: threats, euphemisms, body-part threats, punishment instead of a trial. */
export const VIOLENT_PHRASES = patterns.phrases as readonly Pattern[];

/** Police idioms for force ("the only language they understand", "won't need a lawyer, just a dentist"): their own pattern, so drafts without their rare words skip it. */
export const VIOLENT_IDIOMS = patterns.idioms as readonly Pattern[];

/** Graphic gore words: violent content even without a threat. */
export const GORE: readonly string[] = data.gore;
