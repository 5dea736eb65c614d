// Everyday questions a member types must put the right part of the order first.
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/policy';
import { createPolicySearch, highlight } from '../../../src/search';

const search = createPolicySearch(defaultPack);
const first = (q: string) => search.search(q)[0];

describe('policy search: everyday questions, right clause first', () => {
  const cases: [string, string][] = [
    ['can I wear my uniform in a photo', 'clause/insignia'],
    ['graduation', 'clause/insignia'],
    ['honor guard', 'clause/insignia'],
    ['body cam video', 'clause/nonpublic-records'],
    ['salary', 'clause/personnel-records'],
    ['LinkedIn', 'clause/professional-networking'],
    ['retweet the department\'s post', 'clause/department-content'],
    ['speak on behalf of the department', 'clause/official-voice'],
    ['case number', 'clause/investigation-records'],
    ['reprimand', 'clause/personnel-records'],
    ['dispatch log', 'clause/nonpublic-records'],
    ['my home address', 'clause/identity-privacy'],
    ['work phone', 'clause/city-equipment'],
    ['someone commented on my page', 'clause/third-party-content'],
    ['criticize the chief', 'clause/disparagement'],
    ['racist joke', 'clause/discriminatory-content'],
    ['NCIC', 'clause/nonpublic-records'],
    ['password', 'clause/administrative-investigation'],
    ['what is a matter of public concern', 'definition/matters-of-public-concern'],
    ['132-1.4A', 'statute/ncgs-132-1.4a'],
    ['patrol car selfie', 'clause/insignia'],
    ['swearing in ceremony', 'clause/insignia'],
    ['is an arrestee\'s name public', 'clause/investigation-records'],
    ['fitness for duty', 'clause/personnel-records'],
    ['911 call', 'statute/ncgs-132-1.4'],
    ['can I criticize the mayor', 'clause/disparagement'],
    ['protest', 'clause/disparagement'],
  ];
  it.each(cases)('%s → %s', (query, id) => {
    expect(first(query)?.doc.id).toBe(id);
  });

  it('tolerates typos and prefixes', () => {
    expect(first('linkdin')?.doc.id).toBe('clause/professional-networking');
    expect(first('salery')?.doc.id).toBe('clause/personnel-records');
    expect(first('unifor')?.doc.id).toBe('clause/insignia');
    expect(first('reprimnd')?.doc.id).toBe('clause/personnel-records');
  });

  it('shows the exception that answers the question ("graduation" → sponsored event)', () => {
    expect(first('graduation')?.snippet).toMatch(/sponsored or affiliated event, such as a graduation/);
  });

  it('salary also finds the statute listing it among the public facts', () => {
    const ids = search.search('salary').map((r) => r.doc.id);
    expect(ids).toContain('statute/ncgs-160a-168');
    expect(search.search('salary').find((r) => r.doc.kind === 'statute')?.snippet).toMatch(/Public: Current salary/);
  });

  it('body cam leads to § 132-1.4A among the top results', () => {
    const top = search.search('body cam video').slice(0, 3).map((r) => r.doc.id);
    expect(top).toContain('statute/ncgs-132-1.4a');
  });

  it('searches every part of the order: sections, definitions, clauses, statutes', () => {
    const kinds = new Set(search.documents.map((d) => d.kind));
    expect([...kinds].sort()).toEqual(['clause', 'definition', 'section', 'statute']);
    expect(search.documents.filter((d) => d.kind === 'clause')).toHaveLength(defaultPack.clauses.length);
    expect(first('administrative investigations')?.doc.id).toMatch(/administrative-investigation/);
  });

  it('only stop words or nothing gives no results instead of everything', () => {
    expect(search.search('can I')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzzzqqq')).toEqual([]);
  });
});

describe('snippets', () => {
  it('never run an exception question into the order\'s words, never start with a list marker', () => {
    for (const q of ['graduation', 'political', 'authorized to speak', 'uniform photo', 'honor guard', 'salary', 'body cam video']) {
      for (const r of search.search(q)) {
        expect(r.snippet, `${q} → ${r.doc.id}`).not.toMatch(/\?\s+\S/);
        expect(r.snippet, `${q} → ${r.doc.id}`).not.toMatch(/^[-–—•*]\s/);
      }
    }
  });
});

describe('highlight', () => {
  it('marks the words that matched, including plurals and cites', () => {
    const r = first('uniform photo')!;
    const marked = highlight('Uniforms in a photo, or photographs of badges.', r.terms).filter((p) => p.marked).map((p) => p.text);
    expect(marked).toEqual(['Uniforms', 'photo']);
    const cite = highlight('as defined by N.C.G.S. § 160A-168; and', ['160a-168']);
    expect(cite.filter((p) => p.marked).map((p) => p.text)).toEqual(['160A-168']);
  });

  it('keeps the text intact', () => {
    const text = 'Body-worn camera recordings, a salary; and more.';
    expect(highlight(text, ['salary', 'camera']).map((p) => p.text).join('')).toBe(text);
    expect(highlight(text, []).map((p) => p.text).join('')).toBe(text);
  });
});
