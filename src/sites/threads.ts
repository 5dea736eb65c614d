import { defineSite } from './types';

// Threads moved from threads.net to threads.com (2025); both still serve it.
export const threads = defineSite({
  id: 'threads',
  label: 'Threads',
  domains: ['threads.com', 'threads.net'],
  submit: {
    controls: [],
    labels: /^(post|reply|publicar|responder|publier|répondre)$/i,
    enterSendsIn: [],
  },
});
