import { defineSite } from './types';

export const tiktok = defineSite({
  id: 'tiktok',
  label: 'TikTok',
  domains: ['tiktok.com'],
  skipWithin: ['form[action*="search"]', '[data-e2e="search-box"]'],
  submit: {
    controls: ['[data-e2e="comment-post"]', '[data-e2e="post_video_button"]', '[data-e2e="message-send"]'],
    enterSendsIn: ['[data-e2e="comment-input"]', '[data-e2e="comment-text"]', '[data-e2e="message-input-area"]'],
  },
});
