import { defineSite } from './types';

// X (Twitter): a Draft.js box per composer; the Post button is a data-testid
// toolbar button ~7–10 levels above the box. Chat (2025) is a textarea in an
// open shadow root, sent with Enter.
export const x = defineSite({
  id: 'x',
  label: 'X (Twitter)',
  domains: ['x.com', 'twitter.com'],
  // The search box is a role=combobox input inside a search form.
  skipWithin: ['form[role="search"]', '[data-testid="SearchBox_Search_Input"]'],
  composers: ['textarea[data-testid="dm-composer-textarea"]'],
  submit: {
    controls: [
      '[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]',
      '[data-testid="dmComposerSendButton"]', '[data-testid="dm-composer-send-button"]',
    ],
    enterSendsIn: ['[data-testid="dmComposerTextInput"]', '[data-testid="dm-composer-textarea"]'],
  },
});
