import { defineSite } from './types';

// Reddit: the composer is a web component with the editor in its open shadow root.
// old.reddit.com (same domain) is server-rendered: plain forms, each comment box a
// `form.usertext` with textarea[name=text] and a submit button.save; the submit
// page is form#newlink with button[name=submit]. Their form already ties the
// button to the box; the selectors keep the labels "save"/"submit" from mattering.
export const reddit = defineSite({
  id: 'reddit',
  label: 'Reddit',
  domains: ['reddit.com'],
  composers: ['shreddit-composer [contenteditable="true"]'],
  skipWithin: ['reddit-search-large', 'faceplate-search-input'],
  submit: {
    controls: [
      'button[slot="submit-button"]', '#submit-post-button', 'r-post-form-submit-button', 'comment-composer-host button[type="submit"]',
      'form.usertext .usertext-buttons button.save[type="submit"]', 'form#newlink button[name="submit"][type="submit"]',
    ],
    enterSendsIn: [],
  },
});
