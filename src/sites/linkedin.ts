import { defineSite } from './types';

// LinkedIn: class names of the classic front-end. The newer share box (a
// native <dialog> with the editor in an open shadow root) is unverified.
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
