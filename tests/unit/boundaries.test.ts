// The architecture's boundaries are lint rules; this proves the rules bite.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
async function errors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.message);
}

describe('architecture boundaries (eslint)', () => {
  it('src/ may not import browser APIs or extension code', async () => {
    expect(await errors("import browser from 'webextension-polyfill';\nexport const b = browser;\n", 'src/engine/x.ts')).toEqual([
      expect.stringMatching(/browser-free/),
    ]);
    expect(await errors("import { a } from '../../extension/content/a';\nexport const b = a;\n", 'src/engine/x.ts')).toEqual([
      expect.stringMatching(/never imports extension/),
    ]);
    expect(await errors('export const t = document.title;\n', 'src/engine/x.ts')).toEqual([expect.stringMatching(/browser-free/)]);
  });

  it('the content script may not import background or engine code', async () => {
    expect(await errors("import { handleMessage } from '../background/handle-message';\nexport const h = handleMessage;\n", 'extension/content/x.ts')).toEqual([
      expect.stringMatching(/never imports background/),
    ]);
    expect(await errors("import { evaluate } from '../../src/engine';\nexport const e = evaluate;\n", 'extension/content/x.ts')).toEqual([
      expect.stringMatching(/engine lives in the background/),
    ]);
  });

  it('no extension code makes network requests', async () => {
    expect(await errors("export const r = fetch('https://example.com');\n", 'extension/popup/x.ts')).toEqual([expect.stringMatching(/No network/)]);
  });

  it('allowed imports pass', async () => {
    expect(await errors("import { MAX_DRAFT_CHARS } from '../../src/messages/schemas';\nexport const m = MAX_DRAFT_CHARS;\n", 'extension/content/x.ts')).toEqual([]);
  });
});
