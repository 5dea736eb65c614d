// The registered packs, and the engine speaking each agency's language with
// no engine change: what names Salt Lake City's department is official voice
// under its pack and nothing under Durham's.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine';
import { defaultPack, packById, packIds, packs, requirePack } from '../../../src/policy';
import { DEFAULT_PACK_ID, PACK_IDS } from '../../../src/policy/ids';

const slc = requirePack('salt-lake-city-52-7');
const durham = requirePack('durham-go-2032-r2');
const clausesOf = (text: string, pack = defaultPack) => evaluate({ text, site: 'x.com' }, {}, pack).filter((f) => f.severity !== 'info').map((f) => f.clause);

describe('pack registry', () => {
  it('lists Durham first (the default) and Salt Lake City', () => {
    expect(packIds).toEqual(['durham-go-2032-r2', 'salt-lake-city-52-7']);
    expect(defaultPack).toBe(durham);
    expect(new Set(packs.map((p) => p.id)).size).toBe(packs.length);
  });

  it('PACK_IDS (what settings accept) names exactly the registered packs', () => {
    expect([...PACK_IDS]).toEqual([...packIds]);
    expect(DEFAULT_PACK_ID).toBe(defaultPack.id);
  });

  it('finds a pack by id, and names the valid ids for an unknown one', () => {
    expect(packById('salt-lake-city-52-7')).toBe(slc);
    expect(packById('nope')).toBeUndefined();
    expect(() => requirePack('nope')).toThrow(/unknown policy pack "nope".*durham-go-2032-r2, salt-lake-city-52-7/);
  });
});

describe("each pack's agency", () => {
  const signed = [
    'We are not changing how the east side is staffed, whatever the council votes next week. — SLCPD',
    'Speaking for the SLC Police Department, the new camera program has our full support.',
    'On behalf of Salt Lake City PD: the downtown curfew proposal is dead on arrival.',
  ];
  for (const text of signed) {
    it(`official voice under Salt Lake City's pack only: ${text.slice(0, 40)}…`, () => {
      expect(clausesOf(text, slc)).toContain('official-voice');
      expect(clausesOf(text, durham)).not.toContain('official-voice');
    });
  }

  it("Durham's sign-off is Durham's", () => {
    const text = 'We are not changing how the east side is staffed, whatever the council votes next week. — DPD';
    expect(clausesOf(text, durham)).toContain('official-voice');
    expect(clausesOf(text, slc)).not.toContain('official-voice');
  });

  it("an item named with the agency's initials is that agency's insignia", () => {
    const text = 'Check out my SLCPD jacket in this pic 📸';
    expect(clausesOf(text, slc)).toContain('insignia');
    expect(clausesOf(text, durham)).not.toContain('insignia');
  });
});

describe('records warnings cite the pack’s own law, or none', () => {
  const drafts = [
    'Posting the body cam video from last night, you have to see this.',
    'Our confidential informant says the shipment lands Friday, lab results pending.',
  ];
  it('Durham’s cite the North Carolina statutes its pack names', () => {
    const messages = drafts.flatMap((t) => evaluate({ text: t, site: 'x.com' }, {}, durham).map((f) => f.message));
    expect(messages.join('\n')).toMatch(/§ 132-1\.4A\); release needs a court order/);
    expect(messages.join('\n')).toMatch(/which § 132-1\.4 keeps out of public records/);
  });
  it('Salt Lake City’s (a pack citing no statute) still warn, citing no section', () => {
    const findings = drafts.flatMap((t) => evaluate({ text: t, site: 'x.com' }, {}, slc));
    expect(findings.map((f) => f.clause).sort()).toEqual(['investigation-records', 'involved-persons', 'nonpublic-records']);
    for (const f of findings) expect(f.message).not.toMatch(/§|court order|N\.C\./);
  });
});
