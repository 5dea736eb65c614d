// @vitest-environment happy-dom
// The contenteditable text model on the DOM shapes each real editor renders
// (copied from what Draft.js, Lexical, ProseMirror and Quill produce).
import { describe, expect, it } from 'vitest';
import { rangeFromSegments, walkEditable } from '../../../extension/content/text-model/contenteditable';
import { editorFamily } from '../../../extension/content/text-model/family';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('walkEditable', () => {
  it('joins Draft.js blocks with one newline and keeps empty lines', () => {
    const el = editor(
      '<div data-contents="true">' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="a"><span data-text="true">Hello</span></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="b"><br data-text="true"></span></div></div>' +
        '<div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="c"><span data-text="true">world</span></span></div></div>' +
        '</div>',
    );
    expect(walkEditable(el, 'draftjs').text).toBe('Hello\n\nworld');
  });

  it('reads Lexical paragraphs, line breaks and the empty-paragraph placeholder', () => {
    const el = editor('<p><span>one</span><br><span>two</span></p><p><br></p><p><span>three</span></p>');
    expect(walkEditable(el, 'lexical').text).toBe('one\ntwo\n\nthree');
  });

  it('skips ProseMirror trailing breaks and separators', () => {
    const el = editor('<p>first</p><p>second<img class="ProseMirror-separator"><br class="ProseMirror-trailingBreak"></p>');
    expect(walkEditable(el, 'prosemirror').text).toBe('first\nsecond');
  });

  it('skips the Quill cursor blot', () => {
    const el = editor('<p>ab<span class="ql-cursor">\uFEFF</span>c</p><p><br></p>');
    expect(walkEditable(el, 'quill').text).toBe('abc\n');
  });

  it('reads plain contenteditable text, div lines and emoji images by their alt text', () => {
    const el = editor('first<div>second <img alt="😀" src="data:,"> ok</div><div><br></div><div>last</div>');
    expect(walkEditable(el).text).toBe('first\nsecond 😀 ok\n\nlast');
  });

  it('maps offsets back to the DOM: the range text equals the model text', () => {
    const el = editor('<p><span>Speaking for </span><a>@DurhamPD</a><span> today</span></p><p><span>next 😀 line idiot</span></p>');
    const { text, segments } = walkEditable(el, 'lexical');
    for (const word of ['Speaking', 'for @Durham', '@DurhamPD today', 'idiot', '😀', 'line']) {
      const start = text.indexOf(word);
      const range = rangeFromSegments(segments, start, start + word.length, document)!;
      expect(range.toString()).toBe(word);
    }
  });
});

describe('editorFamily', () => {
  it('recognises each editor by its marker', () => {
    const make = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild!;
    };
    expect(editorFamily(make('<textarea></textarea>'))).toBe('textarea');
    expect(editorFamily(make('<div class="public-DraftEditor-content" contenteditable="true"></div>'))).toBe('draftjs');
    expect(editorFamily(make('<div data-lexical-editor="true" contenteditable="true"></div>'))).toBe('lexical');
    expect(editorFamily(make('<div class="ProseMirror" contenteditable="true"></div>'))).toBe('prosemirror');
    expect(editorFamily(make('<div class="ql-editor" contenteditable="true"></div>'))).toBe('quill');
    expect(editorFamily(make('<div contenteditable="true"></div>'))).toBe('contenteditable');
  });
});
