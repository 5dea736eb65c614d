import { defineSite } from './types';

// Facebook: Lexical contenteditables; buttons are role=button divs named by aria-label.
export const facebook = defineSite({
  id: 'facebook',
  label: 'Facebook',
  domains: ['facebook.com'],
  // The top bar search and the Marketplace search are contenteditables in a search role.
  skipWithin: ['[role="search"]', '[role="banner"] [role="combobox"]'],
  submit: {
    controls: [
      '[role="button"][aria-label="Post"]', '[role="button"][aria-label="Comment"]', '[role="button"][aria-label="Reply"]',
      '[aria-label="Press enter to send"]', '[aria-label="Press Enter to send"]',
    ],
    // Comments and Messenger send on Enter (Shift+Enter is a new line).
    enterSendsIn: [
      '[role="textbox"][aria-label^="Write a comment"]', '[role="textbox"][aria-label^="Write a reply"]',
      '[role="textbox"][aria-label^="Comment as"]', '[role="textbox"][aria-label^="Reply as"]',
      '[role="textbox"][aria-label="Message"]',
      '[role="textbox"][aria-label^="Escribe un comentario"]', '[role="textbox"][aria-label^="Écrivez un commentaire"]',
    ],
  },
});
