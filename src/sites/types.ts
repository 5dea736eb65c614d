// The shape of one site record. Everything Second Look knows about a site
// lives in its record: which hosts it runs on, which boxes are (not)
// composers, and how the member publishes there.

/** How the member publishes on a site. */
export interface SiteSubmit {
  /** CSS selectors of the site's own publish buttons (matched before any generic rule). */
  readonly controls: readonly string[];
  /** Accessible names (aria-label or text) of publish buttons without stable selectors. */
  readonly labels?: RegExp;
  /** Composers (or their containers) where a plain Enter sends: comments, DMs, live chat. */
  readonly enterSendsIn: readonly string[];
}

export interface SiteDefinition<Id extends string = string> {
  /** Stable id, stored in settings and department policy: never rename one. */
  readonly id: Id;
  /** Name members see in the options, popup and review. */
  readonly label: string;
  /**
   * Registrable domains; a host matches the domain or any subdomain of it
   * (mobile and old front-ends included). Empty: the hosts come from the
   * member's settings (Mastodon instances).
   */
  readonly domains: readonly string[];
  /** Editables inside these are never checked (site search, login, ads). */
  readonly skipWithin?: readonly string[];
  /** Extra selectors that identify composers generic discovery misses. */
  readonly composers?: readonly string[];
  readonly submit: SiteSubmit;
}

/** Keeps the literal id type, so the list of ids is a type as well as data. */
export function defineSite<const Id extends string>(site: SiteDefinition<Id>): SiteDefinition<Id> {
  return site;
}
