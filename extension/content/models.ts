// Picks the one text model for a compose box by its editor family.
import { ContentEditableModel } from './text-model/contenteditable';
import { editorFamily } from './text-model/family';
import { TextareaModel } from './text-model/textarea';
import type { TextModel } from './text-model/types';

/** `mirrorParent` is called only when a textarea's text is first measured (something is to be underlined). */
export function modelFor(el: HTMLElement, mirrorParent: () => ShadowRoot): TextModel {
  const family = editorFamily(el);
  return family === 'textarea' ? new TextareaModel(el as HTMLTextAreaElement, mirrorParent) : new ContentEditableModel(el, family);
}
