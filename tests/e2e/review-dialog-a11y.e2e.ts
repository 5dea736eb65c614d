// The review dialog, audited with axe-core. In the extension the dialog sits
// in a CLOSED shadow root, which axe (like any page script) cannot enter, so
// this test bundles the very same component (extension/content/review/
// review-dialog.tsx, with its styles) into a test page inside an OPEN shadow
// root, fills it with the engine's real findings for a draft, and runs axe
// on the whole page in Chromium. The keyboard is exercised in review.e2e.ts
// on the real extension.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { build, type Rollup } from 'vite';
import preact from '@preact/preset-vite';
import type { Page } from 'playwright-core';
import { evaluate } from '../../src/engine';
import { reviewItems } from '../../extension/content/review/review-items';
import { launchChromium, REPO_ROOT, screenshot, type LaunchedChromium } from './harness';

const DRAFT =
  'Long shift today. Our deputy chief is a spineless politician who throws his officers under the bus. ' +
  'Here is the report on the Main St. shooting investigation, case 23-004512.';

let browser: LaunchedChromium;
let page: Page;

async function bundleDialogPage(): Promise<string> {
  const dialogModule = join(REPO_ROOT, 'extension/content/review/review-dialog.tsx');
  const entry = `
    import { openReviewDialog } from ${JSON.stringify(dialogModule)};
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    window.__choices = [];
    window.__open = (items) => openReviewDialog(root, items, (c) => window.__choices.push(c));
  `;
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    root: REPO_ROOT,
    plugins: [preact(), {
      name: 'review-page-entry',
      resolveId: (id) => (id.endsWith('review-page') ? '\0review-page' : null),
      load: (id) => (id === '\0review-page' ? entry : null),
    }],
    build: { write: false, minify: false, lib: { entry: 'review-page', formats: ['iife'], name: 'ReviewPage' } },
  })) as Rollup.RollupOutput[];
  return out[0]!.output[0].code;
}

beforeAll(async () => {
  browser = await launchChromium({ extensionDir: null });
  page = await browser.context.newPage();
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>Review dialog</title></head><body><main><h1>A site</h1><form><textarea aria-label="Post text"></textarea><button type="submit">Post</button></form></main></body></html>',
  );
  await page.addScriptTag({ content: await bundleDialogPage() });
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ content: await readFile(axePath, 'utf8') });
});

afterAll(async () => {
  await browser?.close();
});

test('the dialog built from real findings is axe-clean, labelled, and says what the order allows', async () => {
  const items = reviewItems(evaluate({ text: DRAFT, site: 'x.com' }), DRAFT);
  expect(items.length).toBeGreaterThan(0);
  await page.evaluate((i) => (window as unknown as { __open(items: unknown): void }).__open(i), items);
  const dialog = page.locator('dialog[open]');
  await expect.poll(() => dialog.count()).toBe(1);
  // Modal, named by its heading, Edit focused first; the exception is shown as a question.
  expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
  await expect.poll(() => page.getByRole('dialog', { name: 'Before you post: a second look' }).count()).toBe(1);
  expect(await page.evaluate(() => document.querySelector('div')!.shadowRoot!.activeElement?.textContent)).toBe('Edit');
  expect(await dialog.textContent()).toContain('Is this a matter of public concern');

  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[]; passes: unknown[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return { violations: r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) })), passes: r.passes.length };
  });
  expect(results.violations).toEqual([]);
  expect(results.passes).toBeGreaterThan(5); // axe really looked (color contrast, names, dialog…)
  await screenshot(page, 'review-dialog-component');
});
