import { describe, expect, it } from 'vitest';
import { evaluate, type ImageSignals } from '../../../src/engine';

const withImage = (text: string, image: ImageSignals) => evaluate({ text, site: 'www.instagram.com', images: [{}, image] });

describe('image signals', () => {
  it('GPS or owner fields → identity-privacy medium on that image', () => {
    const f = withImage('Nice day.', { hasGps: true }).find((x) => x.clause === 'identity-privacy')!;
    expect(f).toMatchObject({ severity: 'medium', spans: [], image: 1 });
    expect(f.message).toMatch(/^In the attached image: .*GPS/);
    expect(withImage('Nice day.', { hasOwnerFields: true }).find((x) => x.clause === 'identity-privacy')!.severity).toBe('medium');
  });
  it('faces → officer-photos info', () => {
    expect(withImage('Nice day.', { faceCount: 3 }).find((x) => x.clause === 'officer-photos')).toMatchObject({ severity: 'info', image: 1 });
  });
  it('explicit score ≥ 0.7 → explicit-content high; below, nothing', () => {
    expect(withImage('', { explicitScore: 0.7 }).find((x) => x.clause === 'explicit-content')).toMatchObject({ severity: 'high', image: 1 });
    expect(withImage('', { explicitScore: 0.69 }).find((x) => x.clause === 'explicit-content')).toBeUndefined();
  });
  it('insignia match ≥ 0.8 → insignia high; an exception in the caption lowers it to info', () => {
    expect(withImage('Weekend!', { insigniaMatch: 0.85 }).find((x) => x.clause === 'insignia')).toMatchObject({ severity: 'high', image: 1 });
    expect(withImage('Weekend!', { insigniaMatch: 0.79 }).find((x) => x.clause === 'insignia')).toBeUndefined();
    const f = withImage('Academy graduation day!', { insigniaMatch: 0.9 }).find((x) => x.clause === 'insignia')!;
    expect(f).toMatchObject({ severity: 'info', downgradedBy: 'sponsored-event' });
  });
  it('a face plus a caption about the uniform → insignia high', () => {
    expect(withImage('Love how the uniform fits', { faceCount: 1 }).find((x) => x.clause === 'insignia')).toMatchObject({ severity: 'high' });
    expect(withImage('Love how the dress fits', { faceCount: 1 }).find((x) => x.clause === 'insignia')).toBeUndefined();
  });
  it('OCR text goes through the same detectors, with empty spans and the image index', () => {
    const f = withImage('Look at this', { ocrText: 'INTERNAL MEMO - NOT FOR DISTRIBUTION' }).find((x) => x.clause === 'nonpublic-records')!;
    expect(f).toMatchObject({ severity: 'high', spans: [], image: 1 });
    expect(f.message).toMatch(/^In the attached image: /);
  });
});
