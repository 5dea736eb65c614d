import { defineSite } from './types';

// Nextdoor: no public evidence of its composer or reply-box markup (only the feed's;
// docs/sites.md lists what was searched); these selectors are unverified guesses.
export const nextdoor = defineSite({
  id: 'nextdoor',
  label: 'Nextdoor',
  domains: ['nextdoor.com'],
  submit: {
    controls: ['[data-testid="composer-submit-button"]', '[data-testid="reply-submit-button"]'],
    labels: /^(post|reply|comment|send)$/i,
    enterSendsIn: [],
  },
});
