// violent-content: threats, wishes of harm and celebrations of violence
// against people. Police vocabulary (the range, qualification, use-of-force
// training, "assault charge", "kill the engine") is not: a threat needs a
// person as its object or a wish of harm.
import type { Detector, DetectorHit } from '../detector';
import { PERSON_NOUNS, PERSON_OBJECTS } from '../lexicon/people';
import { GORE, HARM_PARTICIPLES, HARM_VERBS, VIOLENT_PHRASES } from '../lexicon/violence';
import { forceFrames } from '../grammar';
import { alt, findWords, SpanIndex, words } from '../match';
import { compileAll } from '../pattern';
import type { Span } from '../types';

const VERB = alt(HARM_VERBS);
const DETERMINER = '(?:the next|that|this|those|these|the|some|my|his|her|their|any|every|each|all|all the|all those|all these|a|one of those|one of these)';
const BODY = '(?: (?:face|head|skull|teeth|jaw|neck|legs|arms|knees|ass|throat|brains|eyes|nose))?';
const PERSON = `(?:${alt(PERSON_OBJECTS)}|(?:${DETERMINER} )?(?:[^ .]+ )?${alt(PERSON_NOUNS, true)})${BODY}`;
const SUBJECT = '(?:i|we|im|ill|id|lets|imma|ima|ive)';
const MODAL = '(?:am|will|would|could|should|swear|really|just|totally|literally|wanna|want to|wants to|going to|gonna|about to|ready to|like to|love to|finna|gotta|have to|need to|to|ill|im|gon|go|personally|definitely|seriously|honestly|fucking)';
const THREAT = words(`${SUBJECT}(?: ${MODAL}){0,4} (${VERB}) (${PERSON})`);
/** "I'm gonna find him and beat the hell out of him": the harm follows another verb. */
const THEN_THREAT = words(`${SUBJECT}(?: [^ .]+){1,6}? (?:and|then|to) (${VERB}) (${PERSON})`);
/** "Gonna smash that kid's face in": a sentence that starts with the intent, subject implied. */
const BARE_THREAT = words(`(?<=(?:^ |\\. ))(?:gonna|going to|finna|bout to|about to|imma|gotta|wanna|ready to|tempted to|thinking about|might just)(?: ${MODAL}){0,2} (${VERB}) (${PERSON})`);
/** "I hope that scumbag gets shanked". */
const HOPE = words(`(?:hope|wish|pray|praying|hoping)(?: that)? (${PERSON}) (?:gets|get|is|are|will be|was|were|got|dies|die)(?: (${alt(HARM_PARTICIPLES)}))?`);
/** Commands aimed at a whole group: "kill all the looters", "shoot every last one of them", "hang them all". */
const MASS = words(`(${VERB}) (?:(?:all|every|each|every last|every single|every one)(?: of)?(?: the| those| these| them| em)?(?: [^ .]+)? ${alt(PERSON_NOUNS, true)}|(?:them|em|those [^ .]+|these [^ .]+) all|every last one of (?:them|em))`);
const INCITE = words(`(?:now (?:u|you) can(?: legally)?|(?:u|you) can legally|someone|somebody|they|you|u|ya|we|cops|police|people|yall|everyone) (?:should|needs to|need to|ought to|gotta|has to|have to|must|oughta) (${VERB}) (${PERSON})`);
const WISH = words(`(?:(?:shouldve|should have|shoulda|should of) (?:been|gotten|got)(?: (?:all|just|really))?|(?:should|ought to|needs to|need to|must|deserves to|deserve to|oughta|gotta|has to|have to|just need to)(?: (?:all|just|really|simply|honestly|probably|definitely)){0,2} (?:be|get))(?: all)? (${alt(HARM_PARTICIPLES)})`);
/** An imperative harm at the start of a sentence or a quote: "hang the mayor", "shoot the looters". */
const IMPERATIVE = words(`(?<=(?:^ |\\. ))(${VERB}) (?:(?:the|that|this|those|these|every|all the|all those) (?:[^ .]+ )?(${alt(PERSON_NOUNS, true)})|(?:him|her|them|em) (?:${VERB}|and|till|until|done))`);
const PHRASES = words(compileAll(VIOLENT_PHRASES));
const GORE_RE = words(alt(GORE));
const GAME = / (?:at|in) (?:chess|cards|poker|checkers|pool|golf|tennis|basketball|football|madden|fifa|mario|the game|a game|trivia|a race|the race) /;


export const violentContent: Detector = {
  clause: 'violent-content',
  detect({ text, norm }) {
    const hits: DetectorHit[] = [];
    const taken = new SpanIndex();
    const add = (span: Span, severity: DetectorHit['severity'], what: string) => {
      if (!taken.claim(span)) return;
      hits.push({
        severity,
        spans: [span],
        message: `“${text.slice(span.start, span.end)}” ${what}`,
        advice: 'Say what frustrates you without wishing or threatening harm.',
      });
    };
    for (const m of findWords(norm, THREAT)) {
      const after = ` ${norm.words.slice(m.end, m.end + 30)}`;
      if (GAME.test(after)) continue;
      add(m.span, 'high', 'reads as a threat to hurt someone.');
    }
    for (const m of findWords(norm, THEN_THREAT)) {
      if (!GAME.test(` ${norm.words.slice(m.end, m.end + 30)}`)) add(m.span, 'high', 'reads as a threat to hurt someone.');
    }
    for (const m of findWords(norm, BARE_THREAT)) add(m.span, 'high', 'reads as a threat to hurt someone.');
    for (const m of findWords(norm, HOPE)) {
      if (m.groups[1] || / die[s]? /.test(` ${m.text} `)) add(m.span, 'high', 'wishes harm on someone.');
    }
    for (const m of findWords(norm, MASS)) add(m.span, 'high', 'calls for violence against a group of people.');
    for (const m of findWords(norm, INCITE)) add(m.span, 'high', 'calls for violence against people.');
    for (const m of findWords(norm, WISH)) add(m.span, 'high', 'wishes violence on people.');
    for (const m of findWords(norm, IMPERATIVE)) add(m.span, 'high', 'calls for violence against people.');
    for (const m of findWords(norm, PHRASES)) add(m.span, 'high', 'wishes death or violence on a person.');
    for (const m of findWords(norm, GORE_RE)) {
      // A capital inside a sentence is a name ("Al Gore"), not gore.
      const prev = norm.tokens[m.tok - 1];
      if (prev && prev.sent === norm.tokens[m.tok]!.sent && /^[A-Z][a-z]/.test(text.slice(m.span.start, m.span.end))) continue;
      add(m.span, 'medium', 'is graphic violence.');
    }
    for (const f of forceFrames(norm, text)) {
      if (taken.claim(f.span)) hits.push({ severity: 'high', spans: [f.span], message: f.message, advice: 'Say what frustrates you without wishing or threatening harm.' });
    }
    return hits;
  },
};
