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
