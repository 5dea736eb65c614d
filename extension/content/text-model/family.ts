// Recognises an editor family by the markers each library puts on its root.
import type { EditorFamily } from './types';

const MARKERS: [EditorFamily, string][] = [
  ['draftjs', '.public-DraftEditor-content'],
  ['lexical', '[data-lexical-editor]'],
  ['prosemirror', '.ProseMirror'],
  ['quill', '.ql-editor'],
];

export function editorFamily(el: Element): EditorFamily {
  if (el.localName === 'textarea') return 'textarea';
  for (const [family, selector] of MARKERS) if (el.matches(selector)) return family;
  return 'contenteditable';
}
