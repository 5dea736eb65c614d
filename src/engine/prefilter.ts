// Which whole words a word-view pattern cannot match without.
//
// The engine's structural patterns embed long word lists, and a browser
// compiles a regular expression on its first use: for the largest patterns
// that is tens of milliseconds each, paid by a freshly woken background before
// its first warning. `requiredWords(source)` reads a pattern's source and
// returns a set of words of which every match contains at least one as a whole
// word (space-delimited) — or null when it cannot tell. A draft holding none of
// those words cannot match, so the pattern is neither compiled nor run.
//
// The analysis is conservative: whatever it does not understand gives null
// (no filtering), so filtering never changes what a pattern finds.

type Node =
  /** A run of literal characters. */
  | { t: 'lit'; s: string }
  /** Any single character that is not a known literal (a class, `.`, `\d`…). */
  | { t: 'any' }
  /** Zero-width: `^`, `$`, `\b`, `\B`. */
  | { t: 'assert' }
  /** Backreference: unknown text, possibly empty. */
  | { t: 'ref' }
  | { t: 'group'; kind: 'cap' | 'non' | 'la' | 'nla' | 'lb' | 'nlb'; alts: Node[][] }
  | { t: 'quant'; min: number; max: number; body: Node };

class Unsupported extends Error {}

// One token per match: a group opening, `)`, `|`, a class, a quantifier, an
// escape, `.`, `^`, `$`, or a run of plain literal characters.
const TOKEN = /\((?:\?(?::|=|!|<=|<!|<[^>]*>))?|\)|\||\[(?:\\[^]|[^\]\\])*\]|(?:[*+?]|\{\d+(?:,\d*)?\})\??|\\(?:[upPx]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[1-9][0-9]*|[^])|[.^$]|[^\\()[\]|*+?{.^$]+|[^]/g;

const GROUP_KIND: Record<string, 'cap' | 'non' | 'la' | 'nla' | 'lb' | 'nlb'> = { '(': 'cap', '(?:': 'non', '(?=': 'la', '(?!': 'nla', '(?<=': 'lb', '(?<!': 'nlb' };

function parse(src: string): Node[][] {
  // A stack of open groups; each holds its alternatives, the last one being built.
  const root: Node[][] = [[]];
  const stack: { alts: Node[][]; kind: 'cap' | 'non' | 'la' | 'nla' | 'lb' | 'nlb' }[] = [];
  let alts = root;
  const push = (n: Node) => {
    const seq = alts[alts.length - 1]!;
    const prev = seq[seq.length - 1];
    // Adjacent literals (a run, then an escaped character) form one run.
    if (n.t === 'lit' && prev?.t === 'lit') seq[seq.length - 1] = { t: 'lit', s: prev.s + n.s };
    else seq.push(n);
  };
  for (const m of src.matchAll(TOKEN)) {
    const tok = m[0];
    const c = tok[0]!;
    if (c === '(') {
      const kind = GROUP_KIND[tok] ?? (tok.startsWith('(?<') ? 'cap' : undefined);
      if (!kind) throw new Unsupported('group');
      stack.push({ alts: [[]], kind });
      alts = stack[stack.length - 1]!.alts;
    } else if (c === ')') {
      const group = stack.pop();
      if (!group) throw new Unsupported('unbalanced');
      alts = stack.length ? stack[stack.length - 1]!.alts : root;
      push({ t: 'group', kind: group.kind, alts: group.alts });
    } else if (c === '|') alts.push([]);
    else if (c === '*' || c === '+' || c === '?' || (c === '{' && tok.length > 1 && /^\{\d/.test(tok))) {
      const seq = alts[alts.length - 1]!;
      let atom = seq.pop();
      if (!atom || atom.t === 'quant' || atom.t === 'assert' || (atom.t === 'group' && atom.kind !== 'cap' && atom.kind !== 'non')) throw new Unsupported('quantifier');
      if (atom.t === 'lit' && atom.s.length > 1) {
        // A quantifier binds to the run's last character only.
        seq.push({ t: 'lit', s: atom.s.slice(0, -1) });
        atom = { t: 'lit', s: atom.s.slice(-1) };
      }
      const q = tok.replace(/\?$/, '').length < tok.length && tok !== '?' ? tok.slice(0, -1) : tok;
      let min: number, max: number;
      if (q === '*') [min, max] = [0, Infinity];
      else if (q === '+') [min, max] = [1, Infinity];
      else if (q === '?') [min, max] = [0, 1];
      else {
        const [a, b] = q.slice(1, -1).split(',');
        min = Number(a);
        max = b === undefined ? min : b === '' ? Infinity : Number(b);
      }
      seq.push({ t: 'quant', min, max, body: atom });
    } else if (c === '[' || c === '.') push({ t: 'any' });
    else if (c === '^' || c === '$') push({ t: 'assert' });
    else if (c === '\\') {
      const e = tok[1];
      if (e === undefined) throw new Unsupported('trailing escape');
      if (e === 'b' || e === 'B') push({ t: 'assert' });
      else if (e >= '1' && e <= '9') push({ t: 'ref' });
      else if (e === 'k') throw new Unsupported('named reference');
      else if (/[a-zA-Z0-9]/.test(e)) push({ t: 'any' }); // \d \w \s \n \uXXXX \p{…} …
      else push({ t: 'lit', s: e });
    } else if (c === '{') throw new Unsupported('brace');
    else push({ t: 'lit', s: tok });
  }
  if (stack.length) throw new Unsupported('unclosed group');
  return root;
}

const isLookaround = (n: Node) => n.t === 'assert' || (n.t === 'group' && n.kind !== 'cap' && n.kind !== 'non');

// Node properties are asked for many times over: computed once per node.
const emptyMemo = new WeakMap<Node, boolean>();
const firstMemo = new WeakMap<Node, boolean>();
const lastMemo = new WeakMap<Node, boolean>();

function canBeEmpty(n: Node): boolean {
  if (n.t === 'lit') return n.s.length === 0;
  if (n.t === 'any') return false;
  if (n.t === 'assert' || n.t === 'ref' || isLookaround(n)) return true;
  let v = emptyMemo.get(n);
  if (v === undefined) {
    v = n.t === 'quant' ? n.min === 0 || canBeEmpty(n.body) : n.alts.some((seq) => seq.every(canBeEmpty));
    emptyMemo.set(n, v);
  }
  return v;
}

/** Every non-empty match of `n` starts (edge 'first') or ends (edge 'last') with a space. */
function spaceAt(n: Node, edge: 'first' | 'last'): boolean {
  if (n.t === 'lit') return (edge === 'first' ? n.s[0] : n.s[n.s.length - 1]) === ' ';
  if (n.t === 'any' || n.t === 'ref') return false;
  if (n.t === 'assert' || isLookaround(n)) return true; // never non-empty
  const memo = edge === 'first' ? firstMemo : lastMemo;
  let v = memo.get(n);
  if (v === undefined) {
    v = n.t === 'quant' ? spaceAt(n.body, edge) : n.alts.every((seq) => seqSpaceAt(seq, edge));
    memo.set(n, v);
  }
  return v;
}

function seqSpaceAt(seq: Node[], edge: 'first' | 'last'): boolean {
  for (let k = 0; k < seq.length; k++) {
    const item = seq[edge === 'first' ? k : seq.length - 1 - k]!;
    if (isLookaround(item)) continue;
    if (!spaceAt(item, edge)) return false;
    if (!canBeEmpty(item)) return true;
  }
  return true;
}

/** A lookbehind (before) or lookahead (after) that asserts a space right there. */
function assertsSpace(n: Node, side: 'before' | 'after'): boolean {
  if (n.t !== 'group' || n.kind !== (side === 'before' ? 'lb' : 'la')) return false;
  return n.alts.every((seq) => !seq.every(canBeEmpty) && seqSpaceAt(seq, side === 'before' ? 'last' : 'first'));
}

/** Is the character just before seq[k] certainly a space (`outer`: what holds at the start of seq)? */
function spaceBefore(seq: Node[], k: number, outer: boolean): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const item = seq[j]!;
    if (assertsSpace(item, 'before')) return true;
    if (isLookaround(item)) continue;
    if (!spaceAt(item, 'last')) return false;
    if (!canBeEmpty(item)) return true;
  }
  return outer;
}

/** A fixed optional suffix such as `s?` or `(?:es)?`: its text, or undefined. */
function optionalSuffix(n: Node | undefined): string | undefined {
  if (!n || n.t !== 'quant' || n.min !== 0 || n.max !== 1) return undefined;
  const body = n.body;
  if (body.t === 'lit') return body.s && !body.s.includes(' ') ? body.s : undefined;
  if (body.t === 'group' && (body.kind === 'non' || body.kind === 'cap') && body.alts.length === 1 && body.alts[0]!.length === 1) {
    return optionalSuffix({ t: 'quant', min: 0, max: 1, body: body.alts[0]![0]! });
  }
  return undefined;
}

// Words nearly every draft holds: a filter on them rarely saves anything.
const COMMON = new Set(
  ('a an the of to in on at is are was be been i im you he she it its we they my our your his her their them him me us this that these those ' +
    'and or but for with not no so if as by from up out all one get got go just like can will would should do dont have has had what who ' +
    'when how about there more some time good back see know day now new').split(' '),
);

/**
 * One set of words, one of which must be present (its own words and its
 * parts' words: unions are built as trees and flattened once at the end); its
 * cost is roughly how likely a draft holds one anyway.
 */
interface Clause {
  words: string[];
  parts?: Clause[];
  cost: number;
}

function flatten(c: Clause, into: Set<string>): Set<string> {
  for (const w of c.words) into.add(w);
  for (const p of c.parts ?? []) flatten(p, into);
  return into;
}
/** Clauses that must all hold (each cheapest first), at most MAX_CLAUSES. */
type Needs = Clause[];
const MAX_CLAUSES = 3;
const wordCost = (w: string) => (COMMON.has(w) ? 0.5 : w.length <= 3 ? 0.05 : w.length <= 5 ? 0.01 : 0.002);

/** The cheapest clauses of `all`, distinct. */
function cheapest(all: Clause[]): Needs {
  all.sort((a, b) => a.cost - b.cost);
  const out: Clause[] = [];
  for (const c of all) {
    if (out.includes(c)) continue;
    out.push(c);
    if (out.length === MAX_CLAUSES) break;
  }
  return out;
}

/**
 * What may follow seq[k] before a certain space: a list of suffixes ('' alone
 * when a space certainly follows; '' and 's' after a word list with `s?`), or
 * null when nothing is certain. `outer` is what follows the whole of seq.
 */
type After = string[] | null;
const MAX_SUFFIXES = 8;
function suffixesAfter(seq: Node[], k: number, outer: After): After {
  const next = seq[k + 1];
  if (next === undefined) return outer;
  if (isLookaround(next)) return assertsSpace(next, 'after') ? [''] : suffixesAfter(seq, k + 1, outer);
  if (!canBeEmpty(next)) return spaceAt(next, 'first') ? [''] : null;
  const rest = suffixesAfter(seq, k + 1, outer);
  if (!rest) return null;
  const suffix = optionalSuffix(next);
  let out: string[];
  if (suffix !== undefined) out = [...rest, ...rest.map((r) => suffix + r)];
  else if (spaceAt(next, 'first')) out = rest.includes('') ? rest : ['', ...rest];
  else return null;
  return out.length > MAX_SUFFIXES ? null : [...new Set(out)];
}

/** What every match of `seq` holds, given what is certain around it; empty when nothing is known. */
function seqNeeds(seq: Node[], before: boolean, after: After): Needs {
  const found: Clause[] = [];
  for (let k = 0; k < seq.length; k++) {
    const item = seq[k]!;
    if (item.t === 'lit') {
      // Literal words are whole where a space is certain on both sides.
      const parts = item.s.split(' ');
      const leftOk = spaceBefore(seq, k, before);
      const last = suffixesAfter(seq, k, after);
      parts.forEach((word, p) => {
        if (!word || !(p > 0 || leftOk)) return;
        // "deserve" + "s?" and a space: either form.
        const suffixes = p < parts.length - 1 ? [''] : last;
        if (suffixes) found.push({ words: suffixes.map((x) => word + x), cost: Math.min(1, suffixes.length * wordCost(word)) });
      });
    } else if (item.t === 'group' && (item.kind === 'cap' || item.kind === 'non')) {
      found.push(...altsNeeds(item.alts, spaceBefore(seq, k, before), suffixesAfter(seq, k, after)));
    } else if (item.t === 'quant' && item.min >= 1) {
      const exact = item.max === 1;
      const body = item.body;
      if (body.t === 'group' && (body.kind === 'cap' || body.kind === 'non')) {
        found.push(...altsNeeds(body.alts, exact && spaceBefore(seq, k, before), exact ? suffixesAfter(seq, k, after) : null));
      }
    }
  }
  return found.length > 1 ? cheapest(found) : found;
}

/**
 * Any one alternative matches: clause i of the result joins clause i of every
 * alternative ((A1 ∧ A2) ∨ (B1 ∧ B2) implies (A1 ∨ B1) ∧ (A2 ∨ B2)); an
 * alternative with fewer clauses lends its cheapest again.
 */
function altsNeeds(alts: Node[][], before: boolean, after: After): Needs {
  if (alts.length === 1) return seqNeeds(alts[0]!, before, after);
  const each: Needs[] = [];
  let width = 1;
  for (const seq of alts) {
    const needs = seqNeeds(seq, before, after);
    if (needs.length === 0) return [];
    each.push(needs);
    width = Math.max(width, needs.length);
  }
  const out: Clause[] = [];
  for (let i = 0; i < width; i++) {
    const parts: Clause[] = [];
    let cost = 0;
    for (const needs of each) {
      const c = needs[Math.min(i, needs.length - 1)]!;
      parts.push(c);
      cost += c.cost;
    }
    out.push({ words: [], parts, cost: Math.min(1, cost) });
  }
  return out;
}

/**
 * What every match of the pattern holds: a list of alternatives, each a list
 * of word sets — a match holds, as whole words, one word of every set of at
 * least one alternative. Null when nothing is known. A pattern that is one big
 * alternation keeps its alternatives apart, so one alternative made of common
 * words does not make the whole pattern run on every draft.
 */
export function requiredWords(source: string, flags = ''): Set<string>[][] | null {
  if (flags.includes('i')) return null;
  try {
    const top = parse(source);
    let alts: Needs[] = [altsNeeds(top, false, null)];
    // (?<= )(?:(?:A|B|…))(?= ): one alternative per A, B, …
    if (top.length === 1) {
      let seq = top[0]!;
      let before = false;
      let after: After = null;
      for (;;) {
        const main = seq.filter((n) => !isLookaround(n));
        const group = main[0];
        if (main.length !== 1 || group?.t !== 'group') break;
        const k = seq.indexOf(group);
        before = spaceBefore(seq, k, before);
        after = suffixesAfter(seq, k, after);
        if (group.alts.length === 1) {
          seq = group.alts[0]!;
          continue;
        }
        const each = group.alts.map((a) => seqNeeds(a, before, after));
        if (each.every((n) => n.length > 0)) alts = each;
        break;
      }
    }
    if (alts.some((n) => n.length === 0)) return null;
    return alts.map((needs) => {
      const sets = needs.map((c) => flatten(c, new Set()));
      // Two clauses that are one: keep one.
      return sets.filter((set, i) => !sets.slice(0, i).some((o) => o.size === set.size && [...set].every((w) => o.has(w))));
    });
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}
