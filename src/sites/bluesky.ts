import { defineSite } from './types';

// Bluesky: the post composer's textarea gets role=combobox from its mention
// autocomplete; discovery counts a multi-line combobox textarea as a composer.
export const bluesky = defineSite({
  id: 'bluesky',
  label: 'Bluesky',
  domains: ['bsky.app'],
  submit: {
    controls: ['[data-testid="composerPublishBtn"]', '[aria-label="Send message"]'],
    enterSendsIn: ['textarea[placeholder^="Write a message"]'],
  },
});
