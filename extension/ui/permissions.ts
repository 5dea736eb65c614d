// Host access for a Mastodon server. Call from a click or submit handler,
// before any await: browsers only show the prompt during a user gesture.
import browser from 'webextension-polyfill';

export function requestHostAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`https://${host}/*`] });
}

export function dropHostAccess(host: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [`https://${host}/*`] }).catch(() => false);
}
