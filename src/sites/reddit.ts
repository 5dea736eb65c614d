import { defineSite } from './types';

// Reddit: the composer is a web component with the editor in its open shadow root.
export const reddit = defineSite({
  id: 'reddit',
  label: 'Reddit',
  domains: ['reddit.com'],
  composers: ['shreddit-composer [contenteditable="true"]'],
  skipWithin: ['reddit-search-large', 'faceplate-search-input'],
  submit: {
    controls: ['button[slot="submit-button"]', '#submit-post-button', 'r-post-form-submit-button', 'comment-composer-host button[type="submit"]'],
    enterSendsIn: [],
  },
});
