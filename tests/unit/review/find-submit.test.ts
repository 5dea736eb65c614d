// @vitest-environment happy-dom
// Post detection on the structures real sites use: site selectors first, then
// form, identifiers and (English/Spanish/French) labels; ownership by position
// in the tree at any depth.
import { describe, expect, it } from 'vitest';
import { findSubmitControl, namesPublishAction, relatedComposers } from '../../../extension/content/review/find-submit';
import { GENERIC_SITE, SITE_SUBMIT, isPublishLabel } from '../../../extension/content/review/submit-controls';

const $ = (sel: string) => document.querySelector(sel)!;
const nest = (depth: number, inner: string) => '<div>'.repeat(depth) + inner + '</div>'.repeat(depth);
const pathOf = (el: Element): Element[] => {
  const path: Element[] = [];
  for (let n: Element | null = el; n; n = n.parentElement) path.push(n);
  return path;
};
const boxes = (...sels: string[]) => sels.map((s) => ({ element: $(s) as HTMLElement }));

describe('findSubmitControl', () => {
  it("prefers YouTube's known #submit-button over the generic inner button it wraps", () => {
    document.body.innerHTML =
      '<ytd-commentbox><div id="contenteditable-root" contenteditable="true"></div>' +
      '<ytd-button-renderer id="submit-button"><yt-button-shape><button aria-label="Comment" id="inner"><span>Comment</span></button></yt-button-shape></ytd-button-renderer></ytd-commentbox>';
    const control = findSubmitControl(pathOf($('#inner span')), SITE_SUBMIT.youtube)!;
    expect(control.element).toBe($('#submit-button'));
    expect(control.known).toBe(true);
  });

  it("recognises a publish control by its own identifiers, whatever the interface's language", () => {
    document.body.innerHTML = '<div role="button" data-testid="composerPublishBtn" id="b"><span>Publicar</span></div>';
    expect(findSubmitControl(pathOf($('#b span')), GENERIC_SITE)).toMatchObject({ element: $('#b'), evidence: 'identifier' });
    for (const v of ['tweetButtonInline', 'tweetButton', 'submit-button', 'dm-composer-send-button', 'send_btn']) expect(namesPublishAction(v), v).toBe(true);
    for (const v of ['SideNav_NewTweet_Button', 'postTitle', 'nav-post-link', 'cancel', 'reply', '']) expect(namesPublishAction(v), v).toBe(false);
  });

  it('falls back to labels in English, Spanish and French', () => {
    for (const l of ['Post', 'Post all', 'Publicar', 'Publicar todo', 'Responder', 'Enviar', 'Comentar', 'Publier', 'Répondre', 'Envoyer', 'Tout publier', 'Commenter']) {
      expect(isPublishLabel(l, GENERIC_SITE), l).toBe(true);
    }
    for (const l of ['Publicaciones', 'Borrador', 'Brouillons', 'Posts', 'Respuestas']) expect(isPublishLabel(l, GENERIC_SITE), l).toBe(false);
  });

  it('ignores disabled generic controls', () => {
    document.body.innerHTML = '<button id="b" disabled>Post</button><div role="button" id="c" aria-disabled="true">Publier</div>';
    expect(findSubmitControl(pathOf($('#b')), GENERIC_SITE)).toBeUndefined();
    expect(findSubmitControl(pathOf($('#c')), GENERIC_SITE)).toBeUndefined();
  });
});

describe('relatedComposers', () => {
  it("ties X's Post button to its box ten levels up, with no depth limit", () => {
    document.body.innerHTML = nest(3,
      nest(10, '<div id="box" contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div>') +
      nest(4, '<div data-testid="toolBar"><button id="post" data-testid="tweetButtonInline"><span>Postear</span></button></div>'));
    const control = findSubmitControl(pathOf($('#post span')), SITE_SUBMIT.x)!;
    expect(control.known).toBe(true);
    expect(relatedComposers(control, boxes('#box'))).toEqual(boxes('#box'));
    // Without the site data, the identifier alone does it.
    const generic = findSubmitControl(pathOf($('#post span')), GENERIC_SITE)!;
    expect(generic.evidence).toBe('identifier');
    expect(relatedComposers(generic, boxes('#box'))).toEqual(boxes('#box'));
  });

  it('returns every box of a thread published by one button', () => {
    document.body.innerHTML =
      '<div role="dialog">' + nest(6, '<div id="b0" contenteditable="true"></div>') + nest(6, '<div id="b1" contenteditable="true"></div>') +
      nest(5, '<button id="all" data-testid="tweetButton">Post all</button>') + '</div>';
    const control = findSubmitControl(pathOf($('#all')), SITE_SUBMIT.x)!;
    expect(relatedComposers(control, boxes('#b0', '#b1')).map((c) => c.element.id)).toEqual(['b0', 'b1']);
  });

  it("does not tie a box to a generic 'Post' control in the site navigation or another feed item", () => {
    document.body.innerHTML =
      '<header role="banner"><a role="button" id="side" href="/compose/post">Post</a></header>' +
      '<main>' + nest(4, '<div id="box" contenteditable="true"></div>') +
      '<article><div role="button" id="share">Share</div></article></main>';
    for (const id of ['#side', '#share']) {
      const control = findSubmitControl(pathOf($(id)), GENERIC_SITE)!;
      expect(control, id).toBeDefined();
      expect(relatedComposers(control, boxes('#box')), id).toEqual([]);
    }
  });

  it('keeps a box in a dialog to the controls inside that dialog', () => {
    document.body.innerHTML = '<button id="outside">Send</button><div role="dialog"><textarea id="box"></textarea><button id="inside">Send</button></div>';
    expect(relatedComposers(findSubmitControl(pathOf($('#outside')), GENERIC_SITE)!, boxes('#box'))).toEqual([]);
    expect(relatedComposers(findSubmitControl(pathOf($('#inside')), GENERIC_SITE)!, boxes('#box'))).toEqual(boxes('#box'));
  });

  it("ties old reddit's save and submit buttons to the boxes of their own form only", () => {
    const usertext = (id: string) =>
      `<form action="#" class="usertext cloneable" id="${id}"><div class="usertext-edit md-container"><div class="md"><textarea rows="1" cols="1" name="text" id="${id}-box"></textarea></div>` +
      `<div class="bottom-area"><div class="usertext-buttons"><button type="submit" class="save" id="${id}-save">save</button><button type="button" class="cancel">cancel</button></div></div></div></form>`;
    document.body.innerHTML = `<div class="commentarea">${usertext('top')}<div class="thing comment"><div class="child">${usertext('reply')}</div></div></div>`;
    const save = findSubmitControl(pathOf($('#reply-save')), SITE_SUBMIT.reddit)!;
    expect(save).toMatchObject({ element: $('#reply-save'), evidence: 'site' });
    expect(relatedComposers(save, boxes('#top-box', '#reply-box'))).toEqual(boxes('#reply-box'));
    // The submit page: one form, the title and the self text, published by button[name=submit].
    document.body.innerHTML =
      '<form id="newlink" class="submit content"><textarea name="title" rows="2" id="title"></textarea>' +
      '<div class="usertext"><div class="usertext-edit"><div class="md"><textarea name="text" id="text"></textarea></div></div></div>' +
      '<button class="btn" name="submit" value="form" type="submit" id="go">submit</button></form>';
    const submit = findSubmitControl(pathOf($('#go')), SITE_SUBMIT.reddit)!;
    expect(submit.evidence).toBe('site');
    expect(relatedComposers(submit, boxes('#title', '#text'))).toEqual(boxes('#title', '#text'));
  });

  it('follows the composed tree through open shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = $('#host').attachShadow({ mode: 'open' });
    root.innerHTML = '<div><textarea data-testid="dm-composer-textarea" id="dm"></textarea><button data-testid="dm-composer-send-button" id="send">➤</button></div>';
    const send = root.querySelector('#send')!;
    const control = findSubmitControl([send, send.parentElement!, root.host, document.body], SITE_SUBMIT.x)!;
    expect(control.known).toBe(true);
    expect(relatedComposers(control, [{ element: root.querySelector('#dm') as HTMLElement }])).toHaveLength(1);
  });
});

describe('threads (review covers every box)', async () => {
  const { reviewTarget } = await import('../../../extension/content/review/thread');
  const finding = (start: number, end: number, severity: 'high' | 'info' = 'high') =>
    ({ clause: 'c', severity, spans: [{ start, end }], message: 'm', why: 'w', exceptions: [], suggestion: { advice: 'a' } }) as never;
  it('joins the boxes, moves offsets, and sends Edit to the right box', () => {
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
    const focused: string[] = [];
    const box = (id: string, text: string, findings: never[]) => ({
      element: $(`#${id}`) as HTMLElement, text: () => text, findings: () => findings, focusAt: (o: number) => focused.push(`${id}:${o}`),
    });
    const first = box('a', 'fine', []);
    const second = box('b', 'bad words', [finding(0, 3)]);
    expect(reviewTarget([first], [second])).toBeUndefined();
    expect(reviewTarget([second], [second])).toBe(second);
    const thread = reviewTarget([second, first], [second])!;
    expect(thread.text()).toBe('fine\n\nbad words');
    expect(thread.findings()[0]!.spans).toEqual([{ start: 6, end: 9 }]);
    thread.focusAt(6);
    thread.focusAt(2);
    expect(focused).toEqual(['b:0', 'a:2']);
  });
});
