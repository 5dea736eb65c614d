import { describe, expect, it } from 'vitest';
import { evaluate, type ImageSignals } from '../../../src/engine';
import { insigniaText } from '../../../src/engine/images';
import { defaultPack } from '../../../src/policy';

const withImage = (text: string, image: ImageSignals) => evaluate({ text, site: 'www.facebook.com', images: [{}, image] });
const insignia = (text: string, ocrText: string) => withImage(text, { ocrText }).filter((x) => x.clause === 'insignia' && x.image === 1);

describe('text read in an image that marks it as the Department’s (OCR → insignia)', () => {
  it('the agency name with a badge number → insignia high on that image, quoting what was read', () => {
    const found = insignia('Weekend!', 'DURHAM\nPOLICE\n4471');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'high', spans: [], image: 1 });
    expect(found[0]!.message).toMatch(/^In the attached image: it shows Department insignia or text \(“DURHAM POLICE 4471”\)/);
  });
  it('each alias of the pack counts, in any case', () => {
    for (const ocr of ['Durham PD', 'durham police department', 'DPD TRAFFIC UNIT', 'Durham Police Dept.']) {
      expect(insignia('Nice day.', ocr)[0]?.severity, ocr).toBe('high');
    }
  });
  it('POLICE or SHERIFF beside a badge-number-like token → insignia high', () => {
    for (const ocr of ['POLICE 4471', 'SHERIFF #0123', '1187 POLICE', 'POLICE OFFICER No. 512']) {
      expect(insigniaText(ocr), ocr).toBeDefined();
      expect(insignia('Nice day.', ocr)[0]?.severity, ocr).toBe('high');
    }
  });
  it('ordinary text in a photo gives no insignia', () => {
    for (const ocr of ['HAPPY BIRTHDAY', 'OPEN 9 TO 5', 'Call the police!', 'Durham Bulls 2024', 'the Department of Motor Vehicles', 'Route 66 diner']) {
      expect(insigniaText(ocr), ocr).toBeUndefined();
      expect(insignia('Nice day.', ocr).filter((f) => f.severity === 'high'), ocr).toHaveLength(0);
    }
  });
  it('uses the pack it is given (another agency’s aliases)', () => {
    const pack = { ...defaultPack, agency: { ...defaultPack.agency, name: 'Raleigh Police Department', aliases: ['RPD'] } };
    expect(insigniaText('RPD 2201', pack)).toBe('RPD 2201');
    expect(insigniaText('DURHAM PD', pack)).toBeUndefined();
  });
  it('an exception named in the caption lowers it to info, as for a gallery match', () => {
    const f = insignia('Academy graduation day!', 'DURHAM POLICE 4471');
    expect(f[0]).toMatchObject({ severity: 'info', downgradedBy: 'sponsored-event' });
  });
  it('a gallery match and the text together make one insignia finding', () => {
    expect(withImage('Weekend!', { insigniaMatch: 0.9, ocrText: 'DURHAM POLICE' }).filter((x) => x.clause === 'insignia' && x.severity === 'high')).toHaveLength(1);
  });
});
