import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '../../../src/settings/schema';
import {
  GENERIC_SITE, SITE_SUBMIT, isPublishLabel, normaliseLabel, postShortcutOf, submitKnowledgeFor,
} from '../../../extension/content/review/submit-controls';

const key = (over: Partial<Parameters<typeof postShortcutOf>[0]>) => ({
  key: 'Enter', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, isComposing: false, ...over,
});

describe('post shortcuts', () => {
  it('tells Ctrl/Cmd+Enter from plain Enter', () => {
    expect(postShortcutOf(key({ ctrlKey: true }))).toBe('mod-enter');
    expect(postShortcutOf(key({ metaKey: true }))).toBe('mod-enter');
    expect(postShortcutOf(key({}))).toBe('enter');
  });
  it('ignores Shift+Enter (new line), Alt, IME composition and other keys', () => {
    expect(postShortcutOf(key({ shiftKey: true }))).toBeUndefined();
    expect(postShortcutOf(key({ ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(postShortcutOf(key({ altKey: true }))).toBeUndefined();
    expect(postShortcutOf(key({ isComposing: true }))).toBeUndefined();
    expect(postShortcutOf(key({ key: 'a', ctrlKey: true }))).toBeUndefined();
  });
});

describe('publish labels', () => {
  it('recognises the usual names, whole name only', () => {
    for (const l of ['Post', 'Reply', 'Send', 'Tweet', 'Share', 'Publish', 'Comment', ' Post all ', 'Post!', 'Toot!', 'Reply\n']) {
      expect(isPublishLabel(l, GENERIC_SITE), l).toBe(true);
    }
    for (const l of ['Posts', 'Add photo', 'Share your thoughts with everyone here please', '', 'Bold', 'Send feedback about this']) {
      expect(isPublishLabel(l, GENERIC_SITE), l).toBe(false);
    }
  });
  it('adds per-site names on top of the generic ones', () => {
    expect(isPublishLabel('Reply', SITE_SUBMIT.threads)).toBe(true);
    expect(normaliseLabel('  Post \n now… ')).toBe('Post now');
  });
});

describe('site knowledge', () => {
  it('covers every supported site', () => {
    for (const site of SITE_IDS) {
      const k = submitKnowledgeFor(site);
      expect(k.controls.length > 0 || k.labels !== undefined, site).toBe(true);
    }
    expect(submitKnowledgeFor(undefined)).toBe(GENERIC_SITE);
  });
  it('knows where a plain Enter sends (comments, DMs)', () => {
    for (const site of ['x', 'facebook', 'instagram', 'linkedin', 'bluesky', 'tiktok', 'youtube'] as const) {
      expect(SITE_SUBMIT[site].enterSendsIn.length, site).toBeGreaterThan(0);
    }
  });
});
