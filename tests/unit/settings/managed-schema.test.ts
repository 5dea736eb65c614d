// managed_schema.json (what Chrome validates a department's policy against)
// is tested against the zod settings schema (what the extension applies):
// every key in both, the same limits wherever Chrome's policy-schema subset
// can say them, and — where it cannot (how many items a list holds, a
// 500,000-character data URL) — a value Chrome lets through that the zod
// schema refuses keeps its key locked to the safe default and is reported.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packIds } from '../../../src/policy';
import { effectiveSettings } from '../../../src/settings/effective';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../../src/settings/schema';

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  required?: string[];
  [k: string]: unknown;
}

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../managed_schema.json'), 'utf8')) as JsonSchema;

/** The keywords Chrome's policy schema understands (components/policy/core/common/schema.cc). */
const CHROME_KEYWORDS = new Set(['type', 'properties', 'items', 'enum', 'pattern', 'minimum', 'maximum', 'required', 'title', 'description', 'additionalProperties', 'patternProperties', '$ref', 'id', 'sensitiveValue']);

/** Chrome's validation of a policy value against that subset (patterns are RE2; these are all RE2-compatible). */
function chromeAccepts(s: JsonSchema, v: unknown): boolean {
  switch (s.type) {
    case 'boolean':
      if (typeof v !== 'boolean') return false;
      break;
    case 'string':
      if (typeof v !== 'string') return false;
      if (s.pattern && !new RegExp(s.pattern, 'u').test(v)) return false;
      break;
    case 'array':
      if (!Array.isArray(v)) return false;
      if (s.items && !v.every((x) => chromeAccepts(s.items!, x))) return false;
      break;
    case 'object': {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
      const o = v as Record<string, unknown>;
      if (s.required?.some((k) => !(k in o))) return false;
      for (const [k, sub] of Object.entries(s.properties ?? {})) if (k in o && !chromeAccepts(sub, o[k])) return false;
      break;
    }
    default:
      throw new Error(`type ${String(s.type)} not handled`);
  }
  if (s.enum && !s.enum.includes(v)) return false;
  return true;
}

function keywords(s: JsonSchema, out = new Set<string>()): Set<string> {
  for (const [k, v] of Object.entries(s)) {
    out.add(k);
    if (k === 'properties') for (const sub of Object.values(v as Record<string, JsonSchema>)) keywords(sub, out);
    if (k === 'items') keywords(v as JsonSchema, out);
  }
  return out;
}

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
const big = (n: number) => `data:image/png;base64,${'A'.repeat(n - 'data:image/png;base64,'.length)}`;

/** Boundary values per key: each is judged by zod and by Chrome's subset. */
const SAMPLES: { [K in keyof Settings]: unknown[] } = {
  paused: [true, false, 'yes', 0],
  disabledSites: [[], ['x', 'mastodon'], ['myspace'], 'x'],
  sensitivity: ['balanced', 'strict', 'lenient', ''],
  cityDevice: [true, 'true'],
  mastodonInstances: [['mastodon.social'], ['a.io'], ['no-dot'], ['x.c'], [`${'a'.repeat(189)}.${'b'.repeat(63)}`], [`${'a'.repeat(190)}.social`], [`a.${'b'.repeat(64)}`], ['bad host.org']],
  watchTerms: [[], ['CR-2026-'], ['x'], ['ab'], ['a'.repeat(100)], ['a'.repeat(101)], Array.from({ length: 200 }, (_, i) => `t${i}`), Array.from({ length: 201 }, (_, i) => `t${i}`), [3]],
  reviewOnPost: [true, null],
  reviewDisabledSites: [['facebook'], ['nope']],
  insigniaGallery: [
    [],
    [{ name: 'Patch', dataUrl: PNG }],
    [{ name: '', dataUrl: PNG }],
    [{ name: 'n'.repeat(100), dataUrl: PNG }],
    [{ name: 'n'.repeat(101), dataUrl: PNG }],
    [{ name: 'Patch', dataUrl: 'data:image/gif;base64,R0lGOD==' }],
    [{ name: 'Patch', dataUrl: 'https://example.org/patch.png' }],
    [{ name: 'Patch', dataUrl: `${PNG} ` }],
    [{ name: 'Patch' }],
    [{ name: 'Big', dataUrl: big(500_000) }],
    [{ name: 'Too big', dataUrl: big(500_001) }],
    Array.from({ length: 50 }, () => ({ name: 'P', dataUrl: PNG })),
    Array.from({ length: 51 }, () => ({ name: 'P', dataUrl: PNG })),
  ],
  pack: ['durham-go-2032-r2', 'salt-lake-city-52-7', 'elsewhere-pd', '', 'DURHAM-GO-2032-R2'],
  policyPackVersion: ['', '1.0.0', '1.0', 'v1.0.0'],
  deepCheck: [true, false, 'on'],
  deepCheckFirefoxModel: ['', 'Xenova/distilbart-cnn-6-6', 'test-echo', 'a/b/c', 'has space', 'm'.repeat(99), 'm'.repeat(100), `${'o'.repeat(100)}/${'m'.repeat(99)}`, `${'o'.repeat(101)}/m`],
};

/** Limits Chrome's subset cannot express: zod alone enforces them, by locking the key to its default. */
const ZOD_ONLY = (key: keyof Settings, v: unknown): boolean =>
  (key === 'watchTerms' && Array.isArray(v) && v.length > 200) ||
  (key === 'insigniaGallery' && Array.isArray(v) && (v.length > 50 || v.some((g: { dataUrl?: string }) => (g.dataUrl?.length ?? 0) > 500_000)));

describe('managed_schema.json against the zod settings schema', () => {
  it('names every setting, and nothing else', () => {
    expect(Object.keys(schema.properties!).sort()).toEqual(Object.keys(SettingsSchema.shape).sort());
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual(Object.keys(SettingsSchema.shape).sort());
  });

  it('offers exactly the registered packs', () => {
    expect(schema.properties!.pack!.enum).toEqual([...packIds]);
  });

  it("uses only keywords Chrome's policy schema understands", () => {
    for (const k of keywords(schema)) expect(CHROME_KEYWORDS, k).toContain(k);
  });

  it('the defaults pass both', () => {
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      expect(chromeAccepts(schema.properties![key]!, value), key).toBe(true);
      expect(SettingsSchema.shape[key as keyof Settings].safeParse(value).success, key).toBe(true);
    }
  });

  for (const key of Object.keys(SAMPLES) as (keyof Settings)[]) {
    it(`${key}: Chrome and the extension agree on every boundary value, except limits Chrome cannot express`, () => {
      for (const value of SAMPLES[key]) {
        const zod = SettingsSchema.shape[key].safeParse(value).success;
        const chrome = chromeAccepts(schema.properties![key]!, value);
        const label = `${key} = ${JSON.stringify(value).slice(0, 80)}`;
        if (ZOD_ONLY(key, value)) {
          expect(zod, label).toBe(false);
          expect(chrome, label).toBe(true);
        } else {
          expect(chrome, label).toBe(zod);
        }
      }
    });
  }
});

describe('an invalid department value', () => {
  const member = { watchTerms: ['my-own'], paused: true, sensitivity: 'strict' };

  it('keeps its key locked to the safe default (not the member’s value) and is reported', () => {
    const managed = { watchTerms: ['x'], paused: 'no', sensitivity: 'balanced' };
    const e = effectiveSettings(member, managed);
    expect(e.locked.sort()).toEqual(['paused', 'sensitivity', 'watchTerms']);
    expect(e.settings.watchTerms).toEqual([]);
    expect(e.settings.paused).toBe(false);
    expect(e.settings.sensitivity).toBe('balanced');
    expect(e.managedProblems.sort()).toEqual(['paused', 'watchTerms']);
    expect(e.problems).toEqual([]);
  });

  it('over a limit only zod knows (201 watch terms): locked to the default too', () => {
    const e = effectiveSettings(member, { watchTerms: Array.from({ length: 201 }, (_, i) => `t${i}`) });
    expect(e.locked).toEqual(['watchTerms']);
    expect(e.settings.watchTerms).toEqual([]);
    expect(e.managedProblems).toEqual(['watchTerms']);
  });

  it('a valid department value applies and locks; the member keeps the rest', () => {
    const e = effectiveSettings(member, { watchTerms: ['CR-2026-'] });
    expect(e.settings.watchTerms).toEqual(['CR-2026-']);
    expect(e.settings.paused).toBe(true);
    expect(e.locked).toEqual(['watchTerms']);
    expect(e.managedProblems).toEqual([]);
  });

  it('unknown managed keys are ignored', () => {
    const e = effectiveSettings({}, { somethingElse: 1 });
    expect(e.locked).toEqual([]);
    expect(e.settings).toEqual(DEFAULT_SETTINGS);
  });
});
