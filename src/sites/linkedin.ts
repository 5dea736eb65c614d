import { defineSite } from './types';

// LinkedIn runs two front-ends. The selectors below are class names of the
// classic one. The new share box (a <dialog> in #interop-outlet's open shadow
// root, scrambled class names) needs none of them: discovery reaches into open
// shadow roots, and its Post button is found by structure (the button in the
// box's own dialog) and its name — tests/e2e/fixtures/linkedin.html.
export const linkedin = defineSite({
  id: 'linkedin',
  label: 'LinkedIn',
  domains: ['linkedin.com'],
  skipWithin: ['#global-nav-search', '.search-global-typeahead'],
  submit: {
    controls: [
      '.share-actions__primary-action', '.comments-comment-box__submit-button', '.comments-comment-box__submit-button--cr',
      '.msg-form__send-button', '.msg-form__send-btn',
    ],
    // Messaging sends on Enter unless the member turned "Press Enter to Send" off.
    enterSendsIn: ['.msg-form__contenteditable'],
  },
});
