// Pre-publish review: one last look when Post is pressed with warnings left.
// The content script calls installPostGuard once per page with its composers.
export { installPostGuard, type GuardedComposer, type PostGuard, type PostGuardOptions } from './post-guard';
export { trackReviewEnabled, type ReviewSwitch } from './review-enabled';
export { isReviewEnabled } from './review-settings';
