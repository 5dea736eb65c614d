// How words become index terms, shared by indexing, querying and highlighting
// so that a marked word is always a word that matched.

/** Words that carry no meaning in a member's question ("can I …", "my"). */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'about', 'as', 'at', 'be', 'by', 'can', 'could', 'did', 'do', 'does', 'for', 'from', 'how',
  'i', 'if', 'im', 'in', 'into', 'is', 'it', 'its', 'me', 'may', 'might', 'my', 'of', 'on', 'or', 'our', 'should', 'so',
  'that', 'the', 'their', 'them', 'there', 'these', 'this', 'those', 'to', 'us', 'was', 'we', 'what', 'when', 'where',
  'which', 'who', 'whom', 'why', 'will', 'with', 'would', 'you', 'your', 'allowed', 'ok', 'okay', 'post', 'posting',
  'put', 'wear', 'wearing', 'want', 'get', 'let',
]);

/** Everyday words → the order's words. Applied to queries only. */
const SYNONYMS: Record<string, string[]> = {
  bodycam: ['body-worn', 'camera', 'recording'],
  dashcam: ['dashboard', 'camera', 'recording'],
  video: ['recording', 'footage'],
  footage: ['recording', 'video'],
  pic: ['photo', 'picture'],
  picture: ['photo'],
  photo: ['picture', 'photograph'],
  selfie: ['photo'],
  pay: ['salary'],
  wage: ['salary'],
  paid: ['salary'],
  raise: ['salary'],
  job: ['employment', 'career'],
  retweet: ['reshare', 'repost'],
  repost: ['reshare'],
  reshare: ['repost'],
  boss: ['supervisor'],
  supervisor: ['boss'],
  fitness: ['medical', 'psychological'],
  politics: ['political', 'concern'],
  political: ['concern'],
  protest: ['political', 'concern'],
  sarge: ['sergeant', 'supervisor'],
  cop: ['officer', 'police'],
  cops: ['officer', 'police'],
  car: ['cruiser', 'patrol'],
  gun: ['weapon'],
  firearm: ['weapon'],
  racist: ['race', 'discriminatory'],
  slur: ['derogatory', 'discriminatory'],
  naked: ['nude', 'sexual'],
  rant: ['criticize', 'disparage'],
  complain: ['criticize', 'grievance'],
  trash: ['disparage', 'criticize'],
  ia: ['internal', 'affairs'],
  cell: ['phone'],
  laptop: ['computer'],
  mugshot: ['photograph', 'arrest'],
  arrested: ['arrest'],
  speak: ['spokesperson', 'behalf'],
  opinion: ['personal', 'position'],
  ceremony: ['graduation', 'promotional'],
  linkdin: ['linkedin'],
};

/** Multi-word everyday phrases folded into one term before tokenizing. */
const PHRASES: [RegExp, string][] = [
  [/\bbody[\s-]*(?:worn[\s-]*)?cam(?:era)?s?\b/g, 'bodycam'],
  [/\bdash(?:board)?[\s-]*cam(?:era)?s?\b/g, 'dashcam'],
  [/\binternal[\s-]+affairs\b/g, 'internal affairs ia'],
];

/** A word of lower-cased English text (Latin letters with accents, digits); cites keep their dots and dashes. */
const WORD = /[a-z0-9\u00df-\u024f]+(?:[.-][a-z0-9\u00df-\u024f]+)*/g;

/** Splits text into raw words; tokens with digits (statute cites) keep their dots and dashes. */
export function tokenize(text: string): string[] {
  let lower = text.toLowerCase().replace(/[’']/g, '');
  for (const [re, term] of PHRASES) lower = lower.replace(re, (m) => `${m} ${term}`);
  const out: string[] = [];
  for (const m of lower.matchAll(WORD)) {
    const token = m[0];
    if (/\d/.test(token)) out.push(token);
    else out.push(...token.split(/[.-]/));
  }
  return out;
}

/** Folds plurals so "uniforms" finds "uniform"; null drops stop words. */
export function indexTerm(word: string): string | null {
  const w = word.toLowerCase();
  if (STOP_WORDS.has(w)) return null;
  if (/\d/.test(w) || w.length <= 3) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ss|ch|sh|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** A query word with its synonyms (already in index-term form). */
export function queryTerms(word: string): string[] {
  const term = indexTerm(word);
  if (term === null) return [];
  const syns = SYNONYMS[term] ?? SYNONYMS[word.toLowerCase()] ?? [];
  return [term, ...syns.map((s) => indexTerm(s)).filter((s): s is string => s !== null && s !== term)];
}
