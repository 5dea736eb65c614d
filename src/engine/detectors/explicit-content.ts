// explicit-content: sexually explicit words, links and pictures. Police,
// medical and news vocabulary ("sexual assault", "sex offender") is not.
import type { Detector, DetectorHit } from '../detector';
import { EXPLICIT_SAFE_CONTEXT, EXPLICIT_TERMS, EXPLICIT_WITH_MEDIA, MEDIA_WORDS } from '../lexicon/explicit';
import { alt, capped, findPhrases, findWords, has, PhraseSet, SpanIndex, window, words } from '../match';
import { compile } from '../pattern';
import type { Span } from '../types';

const ANATOMY = ['penis', 'vagina', 'genitals'];
const TERMS = new PhraseSet(EXPLICIT_TERMS.filter((t) => !ANATOMY.includes(t)));
const ANATOMY_RE = words(alt(ANATOMY));
const LEX = { withMedia: EXPLICIT_WITH_MEDIA, media: MEDIA_WORDS };
const WITH_MEDIA = words(compile([{ lex: 'withMedia' }, { gap: 2, greedy: true }, { lex: 'media' }], LEX));
const MEDIA_THEN = words(
  compile(
    [
      { opt: { any: ['hot', 'sexy', 'spicy', 'steamy'] } },
      { lex: 'media' },
      { gap: 5 },
      { opt: ['in', { any: ['her', 'his', 'my', 'their'] }] },
      { any: ['lingerie', 'naked', 'undressed', 'underwear', 'nude', 'the nude', 'panties', 'thong', 'in nothing', 'wearing nothing', 'with nothing on'] },
    ],
    LEX,
  ),
);
/** Emoji used as sexual shorthand: eggplant or peach with splash or tongue, either order. */
const SEXUAL_EMOJI = /(?:\u{1F346}|\u{1F351})\uFE0F?\s*(?:\u{1F4A6}|\u{1F445}|\u{1F346}|\u{1F351})|(?:\u{1F60F}|\u{1F975})\uFE0F?\s*(?:\u{1F346}|\u{1F351}|\u{1F4A6})|(?:\u{1F4A6}|\u{1F445})\uFE0F?\s*(?:\u{1F346}|\u{1F351})/gu;
const PRODUCE = words('peach|peaches|eggplant|eggplants|garden|gardening|cobbler|pie|recipe|farmers market|harvest|parm|parmesan|picked|ripe|veggies|vegetables|fruit|orchard|grill|grilled|salad|jam|preserves|canning');
const ADULTS_ONLY = /(?<![\w])(?:18\+|21\+|18 plus|adults only|adult only)(?![\w])|\u{1F51E}/gu;
const MEDIA_NEAR = words(alt(MEDIA_WORDS));
const AMBIGUOUS = words(alt(EXPLICIT_WITH_MEDIA));
const SAFE = words(alt(EXPLICIT_SAFE_CONTEXT));
/** Vulgar words that are more often an insult or an idiom than sex: "don't be a pussy", "a cock-up", "went tits up". */
const VULGAR = new Set(['pussy', 'cock', 'tits']);
const SEXUAL_CONTEXT = words('pic|pics|picture|pictures|photo|photos|video|videos|vid|nude|nudes|naked|wet|hard|suck|sucking|sucked|lick|licking|licked|eat|eating|ate|ride|riding|rode|fuck|fucking|fucked|sex|sexy|horny|bed|moan|moaning|cum|tight|spread|play with|playing with|touch|touching|showing|flash|flashing|send|grab|grabbing|grabbed|squeeze|bounce|bouncing|huge|juicy|slip|pound|pounding|taste|wanna see|want to see|naughty|spicy|onlyfans|subscribe|boobs|penis|orgasm|naked|nude|or gtfo');
const INSULT_BEFORE = / (?:a|an|such a|being a|be a|what a|you|ya|u|youre|ur|little|total|absolute|big|hes a|shes a|im a|that|them|those|scared|bunch of|bunch a|pack of) $/;
const IDIOM_AFTER = /^ (?:ass|up|ups|cat|cats|willow|willows|fight|fights|fighting|fighter|block|blocker|eyed|sure|of the walk|a doodle|ring|roach|roaches|tail|tails|pit) /;

export const explicitContent: Detector = {
  clause: 'explicit-content',
  detect({ text, norm, context }) {
    const safe = findWords(norm, SAFE).map((m) => m.span);
    const hits: DetectorHit[] = [];
    const taken = new SpanIndex();
    const add = (span: Span, severity: DetectorHit['severity'], note: string) => {
      // Safe vocabulary covers a hit only when it contains it ("nude beach" yes, "nude beach pics" no).
      if (safe.some((s) => s.start <= span.start && s.end >= span.end)) return;
      if (!taken.claim(span)) return;
      hits.push({ severity, spans: [span], message: `“${text.slice(span.start, span.end)}” ${note}` });
    };
    for (const m of findPhrases(norm, TERMS)) {
      // These are insults or idioms far more often than sex: they count only beside sexual words.
      if (VULGAR.has(m.groups[0]!) && (INSULT_BEFORE.test(window(norm, m.tok - 2, m.tok, m.tok)) || IDIOM_AFTER.test(window(norm, m.tok + 1, m.tok + 4, m.tok)) || !has(window(norm, m.tok - 8, m.tok + 9, m.tok).replace(` ${m.groups[0]} `, ' '), SEXUAL_CONTEXT))) continue;
      add(m.span, 'high', 'is sexually explicit — explicit words, links or images conflict with the order, on or off duty.');
    }
    for (const m of findWords(norm, WITH_MEDIA)) add(m.span, 'high', 'points to sexually explicit pictures or video.');
    for (const m of findWords(norm, MEDIA_THEN)) add(m.span, 'high', 'points to sexually explicit pictures or video.');
    if (has(norm.words, MEDIA_NEAR)) {
      for (const m of capped(norm.text.matchAll(ADULTS_ONLY))) add({ start: norm.map[m.index]!, end: norm.map[m.index + m[0].length - 1]! + 1 }, 'high', 'marks pictures or video as adults-only.');
    }
    // Peaches and eggplants in a garden, a market or a recipe are fruit.
    const produce = has(norm.words, PRODUCE);
    for (const m of capped(text.matchAll(SEXUAL_EMOJI))) if (!produce || /\u{1F4A6}|\u{1F445}|\u{1F60F}|\u{1F975}/u.test(m[0])) add({ start: m.index, end: m.index + m[0].length }, 'high', 'is sexual emoji shorthand — explicit content conflicts with the order, on or off duty.');
    for (const m of findWords(norm, ANATOMY_RE)) if (has(window(norm, m.tok - 8, m.tok + 9, m.tok).replace(` ${m.text.trim()} `, ' '), SEXUAL_CONTEXT)) add(m.span, 'medium', 'is sexual anatomy — fine in a health or public-concern context, explicit otherwise.');
    if (context.sensitivity === 'strict') {
      for (const m of findWords(norm, AMBIGUOUS)) add(m.span, 'medium', 'may read as sexual content.');
    }
    return hits;
  },
};
