// Moving the member's insignia gallery from storage.sync to storage.local:
// what is moved, merged and dropped, and that the move can run twice (an
// interrupted move, or two extension pages reading at once) without loss or
// duplicates. The local value is then validated like every setting.
import { describe, expect, it } from 'vitest';
import { addToGallery, GALLERY_KEY, nameFromFileName, planGalleryMigration, withoutGallery } from '../../../src/settings/member-gallery';
import { MAX_INSIGNIA_IMAGES, parseSettings, type InsigniaImage } from '../../../src/settings/schema';

const image = (n: number): InsigniaImage => ({ name: `Patch ${n}`, dataUrl: `data:image/png;base64,${btoa(`image-${n}`)}` });

describe('planGalleryMigration', () => {
  it('nothing to move when storage.sync has no gallery (already moved, or never set)', () => {
    expect(planGalleryMigration({ paused: true }, {})).toBeNull();
    expect(planGalleryMigration({}, { [GALLERY_KEY]: [image(1)] })).toBeNull();
  });

  it('moves a synced gallery as it is when local storage has none', () => {
    expect(planGalleryMigration({ [GALLERY_KEY]: [image(1), image(2)], paused: false }, {})).toEqual({ gallery: [image(1), image(2)], dropped: 0 });
  });

  it('keeps the local images first and adds the synced ones that are not already there', () => {
    const plan = planGalleryMigration({ [GALLERY_KEY]: [image(2), image(3)] }, { [GALLERY_KEY]: [image(1), image(2)] });
    expect(plan).toEqual({ gallery: [image(1), image(2), image(3)], dropped: 0 });
  });

  it('is idempotent: planning again from the result (sync not yet removed) gives the same gallery', () => {
    const sync = { [GALLERY_KEY]: [image(2), image(3)] };
    const first = planGalleryMigration(sync, { [GALLERY_KEY]: [image(1)] })!;
    const second = planGalleryMigration(sync, { [GALLERY_KEY]: first.gallery })!;
    expect(second.gallery).toEqual(first.gallery);
  });

  it('carries over the valid images of a synced list that fails as a whole, and counts the rest', () => {
    const sync = { [GALLERY_KEY]: [image(1), { name: '', dataUrl: 'data:image/png;base64,AAAA' }, { name: 'script', dataUrl: 'javascript:alert(1)' }, 'junk'] };
    expect(planGalleryMigration(sync, {})).toEqual({ gallery: [image(1)], dropped: 3 });
  });

  it('a synced value that is not a list moves nothing (but is still removed from sync)', () => {
    expect(planGalleryMigration({ [GALLERY_KEY]: 'data:image/png;base64,AAAA' }, {})).toEqual({ gallery: [], dropped: 1 });
  });

  it('an invalid local value is replaced by what validates of both', () => {
    expect(planGalleryMigration({ [GALLERY_KEY]: [image(2)] }, { [GALLERY_KEY]: { not: 'a list' } })).toEqual({ gallery: [image(2)], dropped: 0 });
  });

  it('never grows past the gallery limit', () => {
    const local = Array.from({ length: MAX_INSIGNIA_IMAGES - 1 }, (_, i) => image(i));
    const plan = planGalleryMigration({ [GALLERY_KEY]: [image(1000), image(1001)] }, { [GALLERY_KEY]: local })!;
    expect(plan.gallery).toHaveLength(MAX_INSIGNIA_IMAGES);
    expect(plan.gallery.at(-1)).toEqual(image(1000));
  });

  it('the moved gallery validates as a setting', () => {
    const plan = planGalleryMigration({ [GALLERY_KEY]: [image(1), { name: 'x' }] }, {})!;
    expect(parseSettings({ [GALLERY_KEY]: plan.gallery })).toEqual({ settings: expect.objectContaining({ insigniaGallery: [image(1)] }), problems: [] });
  });
});

describe('reading the gallery from storage.local', () => {
  it('an invalid local value falls back to an empty gallery and is named as a problem, like any setting', () => {
    const { settings, problems } = parseSettings({ [GALLERY_KEY]: [{ name: 'Patch', dataUrl: 'https://example.com/patch.png' }] });
    expect(settings.insigniaGallery).toEqual([]);
    expect(problems).toEqual([GALLERY_KEY]);
  });

  it('withoutGallery leaves the other synced settings as they are (a gallery left in sync is never read from there)', () => {
    expect(withoutGallery({ paused: true, [GALLERY_KEY]: [image(1)], watchTerms: ['CR-'] })).toEqual({ paused: true, watchTerms: ['CR-'] });
  });
});

describe('adding a member reference', () => {
  it('adds a valid picture at the end, with its name trimmed', () => {
    expect(addToGallery([image(1)], { name: '  DPD patch ', dataUrl: image(2).dataUrl })).toEqual({ ok: true, gallery: [image(1), { name: 'DPD patch', dataUrl: image(2).dataUrl }] });
  });

  it('refuses a duplicate, a non-picture and a full gallery, saying why', () => {
    expect(addToGallery([image(1)], { name: 'again', dataUrl: image(1).dataUrl })).toEqual({ ok: false, error: 'That image is already in the gallery.' });
    expect(addToGallery([], { name: 'svg', dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' })).toMatchObject({ ok: false, error: expect.stringMatching(/PNG, JPEG or WebP/) });
    expect(addToGallery([], { name: '', dataUrl: image(1).dataUrl })).toMatchObject({ ok: false });
    const full = Array.from({ length: MAX_INSIGNIA_IMAGES }, (_, i) => image(i));
    expect(addToGallery(full, image(999))).toMatchObject({ ok: false, error: expect.stringMatching(/at most 50/) });
  });

  it('names a picture after its file when the member gives no name', () => {
    expect(nameFromFileName('DPD_shoulder-patch.jpeg')).toBe('DPD shoulder patch');
    expect(nameFromFileName('.png')).toBe('Reference image');
    expect(nameFromFileName(`${'x'.repeat(300)}.png`)).toHaveLength(100);
  });
});
