// Which controls and keys publish a post, per site. Data first: a site that
// changes its markup is a one-line fix here. Every site also gets the generic
// fallback (a submit button in the composer's form, or a button labelled
// Post/Reply/Send/… a few levels around the composer).
// Ctrl+Enter (Cmd+Enter on macOS) counts as Post on every site: it is the
// near-universal submit chord (X, Bluesky, Mastodon, Reddit, Threads…) and
// means nothing else in a compose box. Where a site ignores it, the member
// got one extra look, and "Post anyway" re-issues the keypress harmlessly.
import type { SiteId } from '../../../src/settings/schema';

export interface SiteSubmitKnowledge {
  /** CSS selectors of the site's own publish buttons. */
  controls: readonly string[];
  /** Accessible names (aria-label or text) of publish buttons without stable selectors. */
  labels?: RegExp;
  /** Composers (or their containers) where a plain Enter sends: comments, DMs, live chat. */
  enterSendsIn: readonly string[];
}

/** Names that publish on most sites; matched on the whole accessible name. */
export const GENERIC_LABELS = /^(post|posten|reply|send|tweet|post all|reply all|share|publish|comment|toot|respond)(\s+(now|reply|comment|message|post))?$/i;

/** How far above the composer (in ancestors) a generic button still counts as its own. */
export const GENERIC_MAX_LEVELS = 6;

/** Used where nothing better is known (e.g. a Mastodon instance, a site not in the list). */
export const GENERIC_SITE: SiteSubmitKnowledge = {
  controls: [],
  enterSendsIn: [],
};

export const SITE_SUBMIT: Record<SiteId, SiteSubmitKnowledge> = {
  x: {
    controls: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]', '[data-testid="dmComposerSendButton"]'],
    enterSendsIn: ['[data-testid="dmComposerTextInput"]'],
  },
  facebook: {
    controls: [
      '[role="button"][aria-label="Post"]', '[role="button"][aria-label="Comment"]', '[role="button"][aria-label="Reply"]',
      '[aria-label="Press enter to send"]', '[aria-label="Press Enter to send"]',
    ],
    // Comments and Messenger send on Enter (Shift+Enter is a new line).
    enterSendsIn: [
      '[role="textbox"][aria-label^="Write a comment"]', '[role="textbox"][aria-label^="Write a reply"]',
      '[role="textbox"][aria-label^="Comment as"]', '[role="textbox"][aria-label^="Reply as"]',
      '[role="textbox"][aria-label="Message"]',
    ],
  },
  instagram: {
    controls: [],
    labels: /^(post|share|send)$/i,
    enterSendsIn: ['textarea[aria-label^="Add a comment"]', '[role="textbox"][aria-label="Message"]', '[contenteditable="true"][aria-label="Message"]'],
  },
  linkedin: {
    controls: [
      '.share-actions__primary-action', '.comments-comment-box__submit-button', '.comments-comment-box__submit-button--cr',
      '.msg-form__send-button', '.msg-form__send-btn',
    ],
    // Messaging sends on Enter unless the member turned "Press Enter to Send" off.
    enterSendsIn: ['.msg-form__contenteditable'],
  },
  reddit: {
    controls: ['button[slot="submit-button"]', '#submit-post-button', 'r-post-form-submit-button', 'comment-composer-host button[type="submit"]'],
    enterSendsIn: [],
  },
  threads: {
    controls: [],
    labels: /^(post|reply)$/i,
    enterSendsIn: [],
  },
  bluesky: {
    controls: ['[data-testid="composerPublishBtn"]', '[aria-label="Send message"]'],
    enterSendsIn: ['textarea[placeholder^="Write a message"]'],
  },
  tiktok: {
    controls: ['[data-e2e="comment-post"]', '[data-e2e="post_video_button"]', '[data-e2e="message-send"]'],
    enterSendsIn: ['[data-e2e="comment-input"]', '[data-e2e="comment-text"]', '[data-e2e="message-input-area"]'],
  },
  youtube: {
    controls: ['ytd-commentbox #submit-button', '#submit-button', 'yt-live-chat-message-input-renderer #send-button'],
    enterSendsIn: ['yt-live-chat-text-input-field-renderer'],
  },
  nextdoor: {
    controls: ['[data-testid="composer-submit-button"]', '[data-testid="reply-submit-button"]'],
    labels: /^(post|reply|comment|send)$/i,
    enterSendsIn: [],
  },
  mastodon: {
    controls: ['.compose-form__publish button', '.compose-form__submit button', '.compose-form button[type="submit"]'],
    enterSendsIn: [],
  },
};

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
