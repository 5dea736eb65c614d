import { defineSite } from './types';

// Mastodon: any instance the member adds in the options (no fixed domains).
export const mastodon = defineSite({
  id: 'mastodon',
  label: 'Mastodon',
  domains: [],
  submit: {
    controls: ['.compose-form__publish button', '.compose-form__submit button', '.compose-form button[type="submit"]'],
    enterSendsIn: [],
  },
});
