import { defineSite } from './types';

export const instagram = defineSite({
  id: 'instagram',
  label: 'Instagram',
  domains: ['instagram.com'],
  submit: {
    controls: [],
    labels: /^(post|share|send|publicar|compartir|enviar|publier|partager|envoyer)$/i,
    enterSendsIn: ['textarea[aria-label^="Add a comment"]', '[role="textbox"][aria-label="Message"]', '[contenteditable="true"][aria-label="Message"]'],
  },
});
