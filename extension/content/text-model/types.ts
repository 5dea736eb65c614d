// One text model per editor family: the text exactly as the member sees it
// (blocks joined by "\n") and a way back from UTF-16 offsets in that text to
// the screen. Everything the content script checks goes through one model,
// so offsets never come from two ways of reading the same editor.

export type EditorFamily = 'textarea' | 'draftjs' | 'lexical' | 'prosemirror' | 'quill' | 'contenteditable';

export interface TextModel {
  readonly family: EditorFamily;
  /** The editable element itself (textarea or contenteditable editing host). */
  readonly element: HTMLElement;
  /** Reads the current text and refreshes the offset map. */
  read(): string;
  /** Viewport rectangles covering text[start, end) as of the last read(). */
  rectsFor(start: number, end: number): DOMRect[];
  /** A DOM range over text[start, end) (contenteditables), for selecting and fixing. */
  rangeFor(start: number, end: number): Range | null;
  /** Frees anything the model created (the textarea mirror). */
  dispose(): void;
}
