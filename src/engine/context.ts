// The context stage: rules that read other findings rather than the words.
// Which clauses play each part comes from the pack's `roles`:
// - reshare (permission): a reshare of an official City or Department
//   account lowers findings in the reshared text to info.
// - professionalNetworking (permission): on the pack's professional sites,
//   professionalContext findings (insignia, officer photos) are context.
// - thirdParty: a comment by someone else, quoted on the member's page, that
//   holds a finding of a `prohibitions` clause.
import type { PolicyPack } from '../policy/schema';
import { packTerms, perPack } from './pack-terms';
import type { NormalizedText } from './normalize';
import type { Finding, Span } from './types';

const roleSets = perPack((pack) => ({
  speech: new Set(pack.roles.speech),
  notLowered: new Set(pack.roles.notLoweredByReshare),
  professionalContext: new Set(pack.roles.professionalContext),
  prohibitions: new Set(pack.roles.prohibitions),
}));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const inside = (s: Span, r: Span) => s.start >= r.start && s.end <= r.end;

export interface Reshare {
  /** The attribution ("RT @<official account>"). */
  attribution: Span;
  /** The reshared text. */
  region: Span;
  account: string;
}

const reshareCache = new WeakMap<PolicyPack, { prefix: RegExp; mid: RegExp; generic: RegExp }>();

export function findReshare(text: string, norm: NormalizedText, pack: PolicyPack): Reshare | undefined {
  let res = reshareCache.get(pack);
  if (!res) {
    const terms = packTerms(pack);
    const acc = terms.accounts.map((a) => escape(a).replace(/\s+/g, '\\s+')).join('|');
    const org = [...terms.agencyList, ...terms.cityList].map((a) => escape(a).replace(/\s+/g, '\\s+')).join('|');
    res = {
      prefix: new RegExp(`^\\s*(?:rt|mt|repost(?:ed|ing)?|reshar(?:e|ed|ing)|shar(?:e|ed|ing)(?:\\s+a\\s+post)?\\s+from|via|from|retweet(?:ed|ing)?)\\s*:?\\s*@?(${acc})(?![\\w])`),
      mid: new RegExp(`(?<![\\w])(?:rt|shar(?:e|ed|ing)|repost(?:ed|ing)?|reshar(?:e|ed|ing)|retweet(?:ed|ing)?|boost(?:ed|ing)?|via|passing\\s+along|amplifying)\\s+(?:this\\s+|a\\s+post\\s+|the\\s+post\\s+|an\\s+update\\s+|the\\s+|a\\s+)?(?:from\\s+|by\\s+)?(?:the\\s+)?@?(${acc})(?![\\w])`),
      // "Passing along the department's official post:" names no account but reshares one.
      generic: new RegExp(`(?<![\\w])(?:boost(?:ed|ing)?|shar(?:e|ed|ing)|repost(?:ed|ing)?|reshar(?:e|ed|ing)|passing\\s+along|retweet(?:ed|ing)?|amplifying)\\s+(?:the\\s+|this\\s+|our\\s+)?(${org})(?:'s|s)?\\s+(?:official\\s+)?(?:post|statement|update|announcement|tweet|message|alert|notice)(?![\\w])`),
    };
    reshareCache.set(pack, res);
  }
  const folded = norm.text;
  const toSpan = (s: number, e: number): Span => ({ start: norm.map[s]!, end: e >= folded.length ? text.length : norm.map[e]! });
  const p = res.prefix.exec(folded);
  if (p) {
    const end = p.index + p[0].length;
    return { attribution: toSpan(p.index + (p[0].length - p[0].trimStart().length), end), region: { start: 0, end: text.length }, account: p[1]! };
  }
  const m = res.mid.exec(folded) ?? res.generic.exec(folded);
  if (m) {
    const start = m.index;
    const end = start + m[0].length;
    const stop = folded.slice(end).search(/[.!?\n]/);
    const regionEnd = stop < 0 ? folded.length : end + stop + 1;
    return { attribution: toSpan(start, end), region: toSpan(start, regionEnd), account: m[1]! };
  }
  return undefined;
}

/** The draft is on one of the pack's professional networking sites. */
export function isProfessionalSite(site: string | undefined, pack: PolicyPack): boolean {
  if (!site) return false;
  const host = site.toLowerCase().replace(/^https?:\/\//, '').split('/')[0]!;
  return packTerms(pack).professionalSites.some((s) => host === s || host.endsWith(`.${s}`));
}

/** Lowers findings the reshare permission covers. */
export function applyReshare(findings: Finding[], reshare: Reshare, pack: PolicyPack): void {
  const roles = roleSets(pack);
  for (const f of findings) {
    if (f.severity === 'info' || roles.notLowered.has(f.clause)) continue;
    const covered = roles.speech.has(f.clause) ? f.spans.length > 0 && f.spans.every((s) => inside(s, reshare.region)) : true;
    if (!covered) continue;
    f.severity = 'info';
    f.downgradedBy = pack.roles.reshare!;
  }
}

/** A side business is not the employment or law-enforcement objective the order's professional-networking permission covers. */
const COMMERCIAL = /\b(?:side business|side hustle|real estate|my business|my company|for sale|buy now|discount|promo code|clients|home[- ]buying|my shop|my store|book (?:me|now)|dm for (?:prices|booking))\b/i;

export function applyProfessionalSite(findings: Finding[], pack: PolicyPack, text = ''): void {
  if (COMMERCIAL.test(text)) return;
  const roles = roleSets(pack);
  for (const f of findings) {
    if (f.severity === 'info' || !roles.professionalContext.has(f.clause)) continue;
    f.severity = 'info';
    f.downgradedBy = pack.roles.professionalNetworking!;
  }
}

export interface QuotedComment {
  /** Where the member says who wrote it ("A friend wrote on my page:"). */
  attribution: Span;
  /** The other person's words. */
  region: Span;
  agrees: boolean;
}

const SAYS = /\b(?:saying|comment(?:ed|s)?|wrote|posted|replied|reply|said|says|left|messaged|dm'?d|tagged me|pinned)\b/;
const WHO = /(?:\b|(?=@))(?:on my (?:[a-z]+ ){0,3}(?:post|page|video|vid|reel|thread|tweet|story|channel|article|profile)|whoever|viewer|connection|@\w+|friend|someone|somebody|buddy|cousin|follower|commenter|guy|girl|lady|neighbor|relative|uncle|aunt|on my (?:page|post|wall|photo|status|timeline)|my (?:page|post|wall|photo|status|timeline)|under my)\b/;
const AGREES = /\b(?:i agree|agreed|agree 100|couldn'?t agree more|so true|exactly|facts|well said|preach|amen|this\b|\+1|100%|right on|truth|yes!)/;

/** Comments by others that the draft quotes: after a ':' or inside quotes, attributed to someone else. */
export function findQuotedComments(text: string, norm: NormalizedText): QuotedComment[] {
  const folded = norm.text;
  const out: QuotedComment[] = [];
  for (let q = 0; q < folded.length && out.length < 10; q++) {
    const ch = folded[q];
    if (ch !== ':' && ch !== '"' && ch !== "'") continue;
    if (ch === "'" && /\w/.test(folded[q - 1] ?? '')) continue; // an apostrophe, not a quote
    const before = folded.slice(Math.max(0, q - 80), q);
    if (!SAYS.test(before) || !(WHO.test(before) || KEEPS.test(folded))) continue;
    // "Reply to @someone:" introduces the member's own words.
    if (/\breply(?:ing)? to\b[^:]*$/.test(before)) continue;
    let start = q + 1;
    while (start < folded.length && /[\s"']/.test(folded[start]!)) start++;
    let end: number;
    const opener = ch === ':' ? (folded[q + 1] === ' ' ? folded[q + 2] : folded[q + 1]) : ch;
    if (opener === '"' || opener === "'") {
      const close = findClose(folded, start, opener);
      end = close < 0 ? folded.length : close;
    } else {
      const stop = folded.slice(start).search(/[.!?\n]/);
      end = stop < 0 ? folded.length : start + stop;
    }
    if (end <= start) continue;
    const attrStart = Math.max(0, q - 80) + Math.max(0, before.search(SAYS) - 40);
    const region = { start: norm.map[start]!, end: end >= folded.length ? text.length : norm.map[end]! };
    out.push({ attribution: { start: norm.map[attrStart]!, end: norm.map[q]! + 1 }, region, agrees: AGREES.test(folded.slice(end, end + 60)) });
    q = end;
  }
  return out;
}

/** Someone else's words on the member's page ("my uncle commented", "whoever replied", "replies under my photo"). */
const OTHER_SAYS = /(?:\b|(?=@))(?:(?:bro|users|members|ppl|partner|friend|someone|somebody|whoever|everyone|everybody|buddy|cousin|follower|followers|commenter|viewer|connection|guy|girl|lady|neighbor|relative|uncle|aunt|brother|sister|in-law|partner|coworker|co-worker|mom|dad|wife|husband|ex|troll|stranger|rando|people|account|old [a-z]+|@[\w.]+|[A-Z][a-z]+)\b[^!?\n]{0,40}?\b(?:comment(?:ed|s|ing)?|replied|repl(?:y|ies)|posted|posting|left|wrote|dropped|shared|put|says|said|saying|replying|tagged me|quote[- ]?(?:tweeted|posted)|uploaded|dm'?d)|(?:the|a|that|this|top) (?:[a-z]+ )?(?:comment|reply)\b|(?:their|his|her|these|those) (?:[a-z]+ )?(?:comments|replies)\b|\w+'s (?:reply|comment)|(?:comments|replies) (?:on|under|in) my)\b/;
const ON_MINE = /\b(?:(?:on|under|to|in) my (?:[a-z]+ ){0,3}?(?:post|wall|page|photo|pic|picture|status|timeline|tweet|toot|skeet|story|reel|video|thread|comments?|feed|profile|article|channel)s?|in the (?:replies|comments)|my comments|my replies|commenting on|(?:replied|commented|responded) (?:with|that)|(?:on|under|to|in) our (?:[a-z]+ ){0,2}?(?:page|post|wall|thread)|not (?:deleting|removing) the (?:comment|reply|post|thread)|mod of|as a mod|quote[- ]?(?:posted|tweeted)|mod note|group i (?:admin|run|moderate)|my group|op here|below|tagged me|under my|pinn(?:ed|ing)|top comment|this video|(?:your|ur) (?:comment|reply)|my (?:page|wall|timeline|profile|thread|post|video|vid|channel))\b/;
// Tested on the folded (lower-case) text.
const KEEPS = new RegExp(`\\b(?:${[
  // Not removing it.
  "not (?:deleting|removing|hiding|moderating|untagging|taking (?:it|this|that|them) down)",
  "(?:won'?t|will not|not gonna|not going to|ain'?t|never) (?:delete|remove|hide|moderate|untag|take (?:it|this|that|them) down)",
  "(?:won'?t|will not) be removing", "haven'?t (?:taken|removed) (?:it|them|that)", "not asking (?:her|him|them) to remove", "didn'?t delete",
  "not my job to moderate", "i'?m not moderating", "muted (?:it|the thread|them)", "eventually", "it'?ll get buried", "let it (?:ride|slide|stand)",
  // Leaving or keeping it up.
  "leaving (?:it|this|that|them|your|his|her|their|my)", "leaving [^.!?\\n]{0,80}?\\bup", "keeping [^.!?\\n]{0,80}?\\bup",
  "(?:leaving|keeping) (?:\\S+ ){0,3}?(?:comment|reply|comments|replies|post|posts)s? up",
  "keeping (?:it|this|that|them|@?\\w+'s (?:reply|comment))", "keeping (?:the|that|this|his|her) (?:comment|reply|post|thread)",
  "(?:gonna|going to|will|i'?ll) leave (?:it|them|this|that|em)", "left it", "(?:gonna|going to) pin", "pinn(?:ed|ing)",
  "stays? up", "staying up", "it stays", "they stay", "it'?s staying", "(?:it'?s|its) (?:already )?out there", "free speech",
  // Agreeing with it or enjoying it.
  "can'?t argue with", "couldn'?t agree more", "i get it", "i dont blame (?:them|him|her)", "(?:they|he|she) (?:have|has) a point", "not wrong",
  "based", "preach", "(?:is|it'?s) gold", "appreciate the passion", "heart(?:ed|ing)", "liked it", "(?:you'?re|ur|you are) a legend",
  "had me (?:dying|crying|weak)", "love that you", "keep (?:em|them|those) coming", "thanks bro", "savage", "hilarious",
  "not my problem", "i didn'?t write it", "it'?s fine",
].join('|')})\\b`);
/** The member took it down: not a kept comment. */
const REMOVED = /\b(?:deleted|removed|took (?:it|them|that|this) down|reported (?:it|them)|blocked (?:him|her|them)|hid (?:it|them))\b/;
/** What makes a kept comment a problem even when the draft only describes it. */
const PROBLEM = /\b(?:victim'?s? name|name of the (?:girl|boy|woman|man|victim|kid)|home address|real name|undercover|informant|(?:police|ia|incident|case|unredacted|leaked) (?:report|file)|unredacted|leaked|slurs?|n-?word|nude|naked|porn|getting (?:stomped|beaten|shot|killed)|skull caved|calling (?:the|our|my|them|him|her) (?:[a-z]+ )?(?:a|an) [a-z]+|discipline|who failed|fitness|ia findings|racist|racial slur|sexist|bodycam|body cam|dashcam|footage|nudes|nsfw|n\$fw|ia investigation|internal affairs|cell number|phone number|cell #|threat|dox|beats his wife|beats her husband|drunk|dui|affair|cheating)/i;

/**
 * A comment by someone else that the member says they will leave up
 * ("my cousin commented the informant's name on my post — not deleting it").
 * The region runs from the attribution to the end of the draft; `problem`
 * says the description itself names something the order prohibits.
 */
export function findKeptComment(text: string, norm: NormalizedText): (QuotedComment & { problem: boolean }) | undefined {
  const folded = norm.text;
  // Cheapest tests first: most drafts keep nothing, and OTHER_SAYS is the costly one.
  if (!ON_MINE.test(folded) || !KEEPS.test(folded) || REMOVED.test(folded)) return undefined;
  const says = OTHER_SAYS.exec(text) ?? OTHER_SAYS.exec(folded);
  if (!says) return undefined;
  const source = says.input === text ? text : folded;
  const start = source === text ? says.index : norm.map[says.index]!;
  const end = source === text ? says.index + says[0].length : norm.map[says.index + says[0].length - 1]! + 1;
  return { attribution: { start, end }, region: { start, end: text.length }, agrees: true, problem: PROBLEM.test(text) || PROBLEM.test(folded) };
}

function findClose(folded: string, from: number, quote: string): number {
  for (let k = from; k < folded.length; k++) {
    if (folded[k] === quote && !/\w/.test(folded[k + 1] ?? '')) return k;
  }
  return -1;
}

export function isQuotedProhibition(f: Finding, comment: QuotedComment, pack: PolicyPack): boolean {
  return roleSets(pack).prohibitions.has(f.clause) && f.severity !== 'info' && f.spans.length > 0 && f.spans.every((s) => inside(s, comment.region));
}
