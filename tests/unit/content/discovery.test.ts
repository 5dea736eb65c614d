// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { composerFor, findComposers } from '../../../extension/content/discovery';
import { SITE_ADAPTERS } from '../../../src/sites';

function page(html: string): void {
  document.body.innerHTML = html;
}
const $ = (sel: string) => document.querySelector(sel)!;

describe('composerFor', () => {
  it('accepts textareas, contenteditables (their editing host) and role=textbox wrappers', () => {
    page('<textarea id="t"></textarea><div id="ce" contenteditable="true"><p><span id="inner">x</span></p></div><div id="rt" role="textbox"><div id="ed" contenteditable="true"></div></div>');
    expect(composerFor($('#t'))).toBe($('#t'));
    expect(composerFor($('#inner'))).toBe($('#ce'));
    expect(composerFor($('#rt'))).toBe($('#ed'));
  });

  it('ignores inputs, search boxes and login forms', () => {
    page(
      '<input id="i" type="text">' +
        '<form role="search"><textarea id="s1"></textarea></form>' +
        '<div id="s2" contenteditable="true" aria-label="Search Messenger"></div>' +
        '<div id="s3" contenteditable="true" role="combobox"></div>' +
        '<form><textarea id="l1"></textarea><input type="password"></form>' +
        '<textarea id="l2" autocomplete="username"></textarea>' +
        '<div id="one" contenteditable="true" role="textbox" aria-multiline="false"></div>' +
        '<textarea id="ro" readonly></textarea>',
    );
    for (const id of ['i', 's1', 's2', 's3', 'l1', 'l2', 'one', 'ro']) expect(composerFor($(`#${id}`)), id).toBeNull();
  });

  it('excludes search comboboxes precisely: combobox inputs and contenteditables, search-form or query textareas', () => {
    page(
      '<div role="search"><input id="ci" type="text" role="combobox"></div>' +
        '<input id="ci2" role="combobox" aria-autocomplete="list">' +
        '<div id="cce" contenteditable="true" role="combobox" aria-label="Buscar en Facebook"></div>' +
        '<form action="/search"><textarea id="cq" role="combobox"></textarea></form>' +
        '<textarea id="q" name="q" role="combobox"></textarea>' +
        '<textarea id="one" role="combobox" aria-multiline="false"></textarea>' +
        '<textarea id="rs" role="combobox" placeholder="Rechercher"></textarea>',
    );
    for (const id of ['ci', 'ci2', 'cce', 'cq', 'q', 'one', 'rs']) expect(composerFor($(`#${id}`)), id).toBeNull();
  });

  it("includes a multi-line combobox textarea in a compose dialog (Bluesky's composer with mention autocomplete)", () => {
    page(
      '<div role="dialog" aria-modal="true"><textarea id="bsky" role="combobox" aria-autocomplete="list" aria-expanded="false" placeholder="What\'s up?"></textarea>' +
        '<button data-testid="composerPublishBtn" aria-label="Publish post">Post</button></div>',
    );
    expect(composerFor($('#bsky'))).toBe($('#bsky'));
    expect(findComposers(document)).toEqual([$('#bsky')]);
  });

  it('checks direct messages (a composer labelled as a message is a composer)', () => {
    page('<div id="dm" contenteditable="true" role="textbox" aria-label="Message" spellcheck="false"></div>');
    expect(composerFor($('#dm'))).toBe($('#dm'));
  });

  it('honours the site adapter (X search)', () => {
    page('<div data-testid="SearchBox_Search_Input"><div id="x" contenteditable="true"></div></div>');
    expect(composerFor($('#x'), SITE_ADAPTERS.x)).toBeNull();
  });
});

describe('findComposers', () => {
  it('finds composers inside open shadow roots', () => {
    page('<div id="host"></div><textarea id="t"></textarea>');
    const root = $('#host').attachShadow({ mode: 'open' });
    root.innerHTML = '<div contenteditable="true" id="deep"></div>';
    const found = findComposers(document);
    expect(found).toContain($('#t'));
    expect(found).toContain(root.querySelector('#deep'));
  });
});
