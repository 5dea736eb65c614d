// Flood: how long another tab waits for its warning while one tab floods the
// extension. Two floods on a background tab, each 4 boxes × 200 KB of crafted
// text (`cr12-123 ` repeated) changed every 150 ms:
//   - by script (focus, execCommand): nothing is checked, the member did not type;
//   - by trusted keys (the worst the member's own input can do): each change is
//     checked, only the latest per box, tabs in turn.
// Meanwhile the member types a warned draft in the textarea fixture of a
// second tab; the figure is the time from the last keystroke until the
// background's report for that tab holds the warning (p95 over the trials).
// Budget (issue): p95 ≤ 1 s. Part of `npm run bench`; BENCH_QUICK=1 for fewer trials,
// BENCH_FLOOD=trusted (or none,script) for some floods only.
import type { Page } from 'playwright-core';
import { fixtureUrl, launchChromium, startFixtureServer, typeInto, waitForComposers, waitForReport, type LaunchedChromium } from '../tests/e2e/harness';
import type { BenchRow } from './index';

const EXTENSION_DIR = process.env.SECOND_LOOK_EXTENSION_DIR ?? 'dist/chrome';
const TRIALS = process.env.BENCH_QUICK ? 4 : 10;
const DRAFT = 'Speaking for the whole Durham PD, thank you for coming out tonight.';
const CRAFTED = 'cr12-123 '.repeat(22_222);

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

async function warningLatency(browser: LaunchedChromium, page: Page): Promise<number> {
  await page.locator('textarea').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(300);
  await typeInto(page, page.locator('textarea').first(), DRAFT, { delay: 5 });
  const start = Date.now();
  await waitForReport(browser, page, (r) => r.findings.some((f) => f.clause === 'official-voice'), { timeout: 120_000, interval: 20 });
  return Date.now() - start;
}

/** Four boxes of crafted text on the flood page. */
async function floodPage(browser: LaunchedChromium): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('textarea'));
  await waitForComposers(page, 1);
  await page.evaluate((text) => {
    for (let i = 0; i < 4; i++) {
      const ta = document.createElement('textarea');
      ta.className = 'flood';
      ta.value = text;
      document.body.append(ta);
    }
  }, CRAFTED);
  return page;
}

type Flood = 'none' | 'script' | 'trusted';

async function startFlood(page: Page, kind: Flood): Promise<() => Promise<void>> {
  if (kind === 'none') return async () => {};
  if (kind === 'script') {
    await page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLTextAreaElement>('textarea.flood')];
      let n = 0;
      (window as unknown as { __flood: number }).__flood = window.setInterval(() => {
        for (const ta of boxes) {
          ta.focus();
          ta.setSelectionRange(ta.value.length, ta.value.length);
          document.execCommand('insertText', false, String(n++ % 10));
        }
      }, 150);
    });
    return async () => void (await page.evaluate(() => clearInterval((window as unknown as { __flood: number }).__flood)));
  }
  // Trusted keys, sent to the flood tab through the browser (as the member's typing would be).
  let on = true;
  const boxes = page.locator('textarea.flood');
  const loop = (async () => {
    let i = 0;
    while (on) {
      const box = boxes.nth(i++ % 4);
      await box.press('End').catch(() => {});
      await box.press('x').catch(() => {});
      await new Promise((r) => setTimeout(r, 150 / 4));
    }
  })();
  return async () => {
    on = false;
    await loop;
  };
}

export async function run(log: (line: string) => void = () => undefined): Promise<BenchRow[]> {
  const server = await startFixtureServer();
  const browser = await launchChromium({ server, extensionDir: EXTENSION_DIR });
  const rows: BenchRow[] = [];
  try {
    const member = await browser.context.newPage();
    await member.goto(fixtureUrl('textarea'));
    await waitForComposers(member, 1);
    await warningLatency(browser, member); // warm-up
    const kinds = (['none', 'script', 'trusted'] as const).filter((k) => !process.env.BENCH_FLOOD || process.env.BENCH_FLOOD.split(',').includes(k));
    for (const kind of kinds) {
      const flooder = await floodPage(browser);
      const stop = await startFlood(flooder, kind);
      const times: number[] = [];
      for (let i = 0; i < TRIALS; i++) times.push(await warningLatency(browser, member));
      await stop();
      await flooder.close();
      log(`  flood ${kind}: ${times.map((t) => `${t}`).join(', ')} ms`);
      const figure = p95(times);
      rows.push({
        area: 'browser',
        metric: `another tab's warning, p95 of ${TRIALS}, ${kind === 'none' ? 'no flood' : kind === 'script' ? 'during a script flood (4 × 200 KB boxes every 150 ms)' : 'during a trusted-key flood (4 × 200 KB boxes every 150 ms)'}`,
        figure: `${figure} ms`,
        budget: kind === 'none' ? '' : '≤ 1000 ms',
        ok: kind === 'none' ? null : figure <= 1000,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
