import { defineSite } from './types';

// Nextdoor: no public evidence of its composer markup; these are unverified guesses.
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
