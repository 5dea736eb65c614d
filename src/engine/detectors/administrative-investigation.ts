// administrative-investigation: info only, when the draft is about a
// complaint or an internal investigation concerning the member's own social
// media — a reminder that the Department may require access to the account.
import type { Detector } from '../detector';
import { findWords, has, window, words } from '../match';
import { compile, type Pattern } from '../pattern';

/** A typed pattern (../pattern.ts) in the word view. */
const P = (pattern: Pattern) => words(compile(pattern));

const INVESTIGATION = words('complaint|complaints|complained|internal affairs|ia|administrative investigation|investigation|investigating|investigated|reported me|report me');
const OWN_ACCOUNTS = P([{ any: ['my', 'our'] }, { any: ['facebook', 'instagram', 'insta', 'twitter', 'x', 'tiktok', 'snapchat', 'reddit', 'social media', 'socials', 'posts', 'post', 'page', 'account', 'accounts', 'tweets', 'tweet', 'profile', 'feed', 'comments'] }]);

export const administrativeInvestigation: Detector = {
  clause: 'administrative-investigation',
  detect({ norm }) {
    for (const m of findWords(norm, INVESTIGATION)) {
      if (!has(window(norm, m.tok - 12, m.tok + 12, m.tok), OWN_ACCOUNTS)) continue;
      return [
        {
          severity: 'info',
          spans: [m.span],
          message: 'If a complaint or an administrative investigation concerns your accounts, you may be required to give the Department access to them.',
        },
      ];
    }
    return [];
  },
};
