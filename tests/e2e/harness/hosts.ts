// The host names the e2e browser maps to the local fixture server, and which
// fixture page stands in for which site. Shared by the harness, the fixture
// build (playground index) and `npm start`, so there is one list.

/** Every site host in manifest.json's content-script matches that tests use. */
export const SITE_HOSTS = [
  'x.com',
  'twitter.com',
  'www.facebook.com',
  'www.instagram.com',
  'www.linkedin.com',
  'www.reddit.com',
  'old.reddit.com',
  'www.threads.net',
  'www.threads.com',
  'bsky.app',
  'www.tiktok.com',
  'www.youtube.com',
  'nextdoor.com',
  'm.facebook.com',
  'm.youtube.com',
] as const;

/** A Mastodon instance: matched only after the member adds it in the options. */
export const MASTODON_HOST = 'mastodon.social';

/** A second Mastodon instance that tests never add: it must stay unchecked while the first is checked. */
export const OTHER_MASTODON_HOST = 'fosstodon.org';

/** The Mastodon-style compose page (Mastodon's web client composes in a textarea); served on any host. */
export const MASTODON_PATH = '/mastodon.html';

/** A host the extension must never touch (negative tests). */
export const UNMATCHED_HOST = 'example.org';

/** All host names the browser resolves to the fixture server. */
export const ALL_HOSTS: readonly string[] = [...SITE_HOSTS, MASTODON_HOST, OTHER_MASTODON_HOST, UNMATCHED_HOST];

export type FixtureName =
  | 'textarea'
  | 'contenteditable'
  | 'lexical'
  | 'draftjs'
  | 'prosemirror'
  | 'quill'
  | 'shadow'
  | 'iframe'
  | 'spa'
  | 'multi';

export interface FixtureInfo {
  name: FixtureName;
  /** The page's path on the fixture server. */
  path: string;
  /** The site whose composer this page imitates (the host to open it on). */
  host: string;
  /** Editor library / shape, shown in the playground index. */
  editor: string;
  /** Number of composers on first load. */
  composers: number;
}

/** Every fixture page, with the site it imitates. Order = playground order. */
export const FIXTURES: readonly FixtureInfo[] = [
  { name: 'draftjs', path: '/draftjs.html', host: 'x.com', editor: 'Draft.js (X, TikTok)', composers: 1 },
  { name: 'lexical', path: '/lexical.html', host: 'www.facebook.com', editor: 'Lexical (Facebook, Instagram, Threads)', composers: 1 },
  { name: 'prosemirror', path: '/prosemirror.html', host: 'bsky.app', editor: 'ProseMirror (Bluesky)', composers: 1 },
  { name: 'quill', path: '/quill.html', host: 'www.linkedin.com', editor: 'Quill (LinkedIn)', composers: 1 },
  { name: 'textarea', path: '/textarea.html', host: 'www.reddit.com', editor: 'textarea', composers: 1 },
  { name: 'contenteditable', path: '/contenteditable.html', host: 'nextdoor.com', editor: 'plain contenteditable', composers: 1 },
  { name: 'shadow', path: '/shadow.html', host: 'www.reddit.com', editor: 'contenteditable in an open shadow root', composers: 1 },
  { name: 'iframe', path: '/iframe.html', host: 'www.youtube.com', editor: 'contenteditable in a same-origin iframe', composers: 1 },
  { name: 'spa', path: '/spa.html', host: 'www.threads.net', editor: 'single-page app swapping composers', composers: 1 },
  { name: 'multi', path: '/multi.html', host: 'www.instagram.com', editor: 'two composers (Lexical + textarea)', composers: 2 },
];

/** A page rebuilt from public evidence of one site's real structure (sources cited in its .html). */
export interface SiteFixtureInfo {
  path: string;
  host: string;
  /** What is real about it: markup, depth, roles, language. */
  structure: string;
  /** Composers on first load. */
  composers: number;
}

/** The real-structure site pages (tests/e2e/fixtures/<name>.html, scripts in fixtures/src/sites/). */
export const SITE_FIXTURES = {
  xCompose: { path: '/x-compose.html', host: 'x.com', structure: 'X home composer, Spanish: Draft.js box, tweetButtonInline ~11 levels up, side-nav Post link', composers: 1 },
  xThread: { path: '/x-thread.html', host: 'x.com', structure: 'X compose dialog, thread of two boxes, one "Post all" (tweetButton)', composers: 2 },
  xChat: { path: '/x-chat.html', host: 'x.com', structure: 'X Chat: dm-composer-textarea in an open shadow root, Enter sends', composers: 1 },
  bluesky: { path: '/bluesky.html', host: 'bsky.app', structure: 'Bluesky: combobox textarea, composerPublishBtn above it', composers: 1 },
  youtube: { path: '/youtube.html', host: 'www.youtube.com', structure: 'YouTube: #contenteditable-root, #submit-button wrapping a "Comment" button', composers: 1 },
  srcdoc: { path: '/srcdoc.html', host: 'x.com', structure: 'textarea and Post button in an <iframe srcdoc> (match_about_blank)', composers: 1 },
  threadsEs: { path: '/threads-es.html', host: 'www.threads.com', structure: 'Threads, Spanish: Lexical box, "Publicar" role=button (label only)', composers: 1 },
  linkedin: { path: '/linkedin.html', host: 'www.linkedin.com', structure: 'LinkedIn share box: <dialog> in #interop-outlet\'s open shadow root, ProseMirror, scrambled classes', composers: 1 },
  linkedinFr: { path: '/linkedin.html?lang=fr', host: 'www.linkedin.com', structure: 'the same LinkedIn share box, French interface ("Publier")', composers: 1 },
  facebook: { path: '/facebook.html', host: 'www.facebook.com', structure: 'Facebook "Create post": Lexical role=textbox, div[role=button][aria-label=Post]', composers: 1 },
  instagram: { path: '/instagram.html', host: 'www.instagram.com', structure: 'Instagram comment textarea "Add a comment…", div role=button "Post", Enter posts', composers: 1 },
  instagramCreate: { path: '/instagram-create.html', host: 'www.instagram.com', structure: 'Instagram "Create new post": Lexical caption "Write a caption...", "Share" by name only', composers: 1 },
  tiktok: { path: '/tiktok.html', host: 'www.tiktok.com', structure: 'TikTok comment: Draft.js in [data-e2e=comment-input], [data-e2e=comment-post] div', composers: 1 },
  xMobile: { path: '/x-mobile.html', host: 'x.com', structure: 'X at phone width: full-page composer, tweetButton in the top bar, Draft.js box', composers: 1 },
  mFacebook: { path: '/m-facebook.html', host: 'm.facebook.com', structure: 'm.facebook.com: #MComposer form, composer textarea, submit value=Post above it', composers: 1 },
  mYoutube: { path: '/m-youtube.html', host: 'm.youtube.com', structure: 'm.youtube.com: ytm-comment-simplebox-renderer textarea, "Comment" button', composers: 1 },
  facebookNext: { path: '/facebook-next.html', host: 'www.facebook.com', structure: 'Facebook two-step "Create post": Next, then "Post settings" with Post; the first step stays hidden', composers: 1 },
  facebookNextRemoved: { path: '/facebook-next.html?step=remove', host: 'www.facebook.com', structure: 'the same two-step Facebook composer, the first step removed from the DOM by Next', composers: 1 },
  facebookNextDialog: { path: '/facebook-next.html?settings=dialog', host: 'www.facebook.com', structure: 'Facebook two-step "Create post": Next hides that dialog and opens a separate "Post settings" role=dialog with Save and Post', composers: 1 },
  facebookNextStacked: { path: '/facebook-next.html?settings=stacked', host: 'www.facebook.com', structure: 'Facebook "Create post" wizard as panels in one dialog: past panels (box, Next) slid off-screen, Post on the last panel', composers: 1 },
  oldReddit: { path: '/old-reddit.html', host: 'old.reddit.com', structure: 'old.reddit.com comments page: form.usertext, textarea[name=text], button.save; reply clones the form', composers: 1 },
  oldRedditSubmit: { path: '/old-reddit.html?page=submit', host: 'old.reddit.com', structure: 'old.reddit.com submit page: form#newlink, title and text textareas, button[name=submit]', composers: 2 },
  reddit: { path: '/reddit.html', host: 'www.reddit.com', structure: 'Reddit shreddit-composer (open shadow root), Lexical slot="rte", slotted Comment button', composers: 1 },
} as const satisfies Record<string, SiteFixtureInfo>;

export type SiteFixtureName = keyof typeof SITE_FIXTURES;

export function siteFixtureUrl(name: SiteFixtureName): string {
  const f = SITE_FIXTURES[name];
  return `https://${f.host}${f.path}`;
}

export function fixture(name: FixtureName): FixtureInfo {
  const f = FIXTURES.find((x) => x.name === name);
  if (!f) throw new Error(`unknown fixture ${name}`);
  return f;
}

/** The URL of a fixture page on a host (defaults to the site it imitates). */
export function fixtureUrl(name: FixtureName, host: string = fixture(name).host): string {
  return `https://${host}${fixture(name).path}`;
}
