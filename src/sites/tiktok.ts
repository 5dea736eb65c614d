import { defineSite } from './types';

// TikTok: generated class names (css-<hash>-DivName); data-e2e attributes are
// its stable hooks. The comment box is a Draft.js editor somewhere inside the
// [data-e2e="comment-input"] wrapper (deeper than the few levels the generic
// Enter-to-send walk looks up), so the editable itself is matched as well.
export const tiktok = defineSite({
  id: 'tiktok',
  label: 'TikTok',
  domains: ['tiktok.com'],
  skipWithin: ['form[action*="search"]', '[data-e2e="search-box"]'],
  submit: {
    controls: ['[data-e2e="comment-post"]', '[data-e2e="post_video_button"]', '[data-e2e="message-send"]'],
    enterSendsIn: [
      '[data-e2e="comment-input"]', '[data-e2e="comment-input"] [contenteditable="true"]',
      '[data-e2e="comment-text"]', '[data-e2e="message-input-area"]', '[data-e2e="message-input-area"] [contenteditable="true"]',
    ],
  },
});
