// Which controls and keys publish a post. The per-site data lives in the site
// registry (src/sites/): a site that changes its markup is a one-line fix there. Every site also gets the generic
// fallback (a submit button in the composer's form, or a button labelled
// Post/Reply/Send/… a few levels around the composer).
// Ctrl+Enter (Cmd+Enter on macOS) counts as Post on every site: it is the
// near-universal submit chord (X, Bluesky, Mastodon, Reddit, Threads…) and
// means nothing else in a compose box. Where a site ignores it, the member
// got one extra look.
import { perSite, type SiteId, type SiteSubmit } from '../../../src/sites';

export type SiteSubmitKnowledge = SiteSubmit;

/**
 * Names that publish on most sites, matched on the whole accessible name: the
 * last resort after the site's selectors, the form and the control's own
 * identifiers. English, Spanish and French.
 */
export const GENERIC_LABELS = new RegExp(
  [
    // English
    '(post|reply|send|tweet|share|publish|comment|toot|respond)(\\s+(all|now|reply|comment|message|post))?',
    // Spanish
    '(publicar|postear|responder|enviar|compartir|comentar|twittear|tuitear)(\\s+(todo|todos|ahora|respuesta|comentario|mensaje))?',
    'responder a todos',
    // French
    '(publier|poster|répondre|envoyer|partager|commenter|tweeter)(\\s+(tout|maintenant|la réponse|le commentaire|le message))?',
    'tout publier',
    // German (posten is common on German X)
    'posten',
  ].map((alt) => `(?:${alt})`).join('|').replace(/^/, '^(?:').replace(/$/, ')$'),
  'iu',
);

/** Used where nothing better is known (e.g. a Mastodon instance, a site not in the list). */
export const GENERIC_SITE: SiteSubmitKnowledge = {
  controls: [],
  enterSendsIn: [],
};

/** Per-site knowledge, from the site registry (src/sites/). */
export const SITE_SUBMIT: Record<SiteId, SiteSubmitKnowledge> = perSite((s) => s.submit);

export function submitKnowledgeFor(site: SiteId | undefined): SiteSubmitKnowledge {
  return site ? SITE_SUBMIT[site] : GENERIC_SITE;
}

/** The key press a member uses to publish, or undefined when it is not one. */
export type PostShortcut = 'mod-enter' | 'enter';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/** Classifies a keydown: Ctrl/Cmd+Enter, plain Enter, or neither. IME composition never counts. */
export function postShortcutOf(ev: KeyLike): PostShortcut | undefined {
  if (ev.key !== 'Enter' || ev.isComposing || ev.altKey || ev.shiftKey) return undefined;
  if (ev.ctrlKey || ev.metaKey) return ev.ctrlKey && ev.metaKey ? undefined : 'mod-enter';
  return 'enter';
}

/** Normalises an accessible name: collapsed whitespace, trimmed, no trailing punctuation or counters. */
export function normaliseLabel(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().replace(/[.!…]+$/u, '');
}

export function isPublishLabel(label: string, knowledge: SiteSubmitKnowledge): boolean {
  const name = normaliseLabel(label);
  if (name.length === 0 || name.length > 24) return false;
  return GENERIC_LABELS.test(name) || (knowledge.labels?.test(name) ?? false);
}
