import { defineSite } from './types';

// YouTube: comment boxes are contenteditable divs (#contenteditable-root) in
// ytd-commentbox; its #submit-button wraps an inner generic button. On
// m.youtube.com the box is a textarea in ytm-comment-simplebox-renderer.
export const youtube = defineSite({
  id: 'youtube',
  label: 'YouTube',
  domains: ['youtube.com'],
  skipWithin: ['ytd-searchbox', '#search-form', 'yt-searchbox'],
  submit: {
    controls: [
      'ytd-commentbox #submit-button', '#submit-button', 'yt-live-chat-message-input-renderer #send-button',
      // m.youtube.com: the comment box's own "Comment" button.
      'ytm-comment-simplebox-renderer button[aria-label="Comment"]',
    ],
    enterSendsIn: ['yt-live-chat-text-input-field-renderer'],
  },
});
