import { describe, expect, it } from 'vitest';
import { pageHost } from '../../../extension/content/page-host';

const frame = (hostname: string, origin: string) => ({ location: { hostname }, origin }) as unknown as Window;

describe('pageHost', () => {
  it("is the frame's own host when its URL has one", () => {
    expect(pageHost(frame('x.com', 'https://x.com'))).toBe('x.com');
  });
  it('is the inherited origin for about:srcdoc, about:blank and blob: frames', () => {
    expect(pageHost(frame('', 'https://www.youtube.com'))).toBe('www.youtube.com');
  });
  it('is empty for an opaque origin (data: frames, sandboxed frames)', () => {
    expect(pageHost(frame('', 'null'))).toBe('');
  });
});
