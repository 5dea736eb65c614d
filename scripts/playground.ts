// `npm start`: the extension on a local playground of real compose boxes.
// Builds the extension and the fixture pages, serves the fixtures over local
// HTTPS under the real site host names, and opens Debian's Chromium with the
// built extension loaded on the playground index (https://x.com/).
//
// With a display (DISPLAY / WAYLAND_DISPLAY set) the browser is a normal
// window: type drafts into any page and watch the warnings. Without one it
// runs headless, types a sample draft into the X (Draft.js) page, saves
// screenshots in artifacts/screenshots/ and keeps serving until Ctrl+C.
//
//   npm start                  build, then open the playground
//   npm start -- --no-build    reuse dist/chrome and tests/e2e/fixtures/dist
//   npm start -- --once        headless: take the screenshots and exit (smoke use)
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedChromium } from '../tests/e2e/harness/browser';
import { screenshot } from '../tests/e2e/harness/artifacts';
import { editorLocator, waitForComposers } from '../tests/e2e/harness/fixture';
import { fixtureUrl, FIXTURES } from '../tests/e2e/harness/hosts';
import { typeInto } from '../tests/e2e/harness/input';
import { waitForReport } from '../tests/e2e/harness/report';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/harness/server';

const args = new Set(process.argv.slice(2));
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const once = args.has('--once');
const headless = once || !hasDisplay;
const SAMPLE_DRAFT = 'Speaking for the whole Durham PD here: we think the new stadium plan is a waste of money.';

function run(script: string): void {
  console.log(`\n> npm run ${script}`);
  const r = spawnSync('npm', ['run', '-s', script], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`npm run ${script} failed (exit ${r.status ?? r.signal}).`);
    process.exit(1);
  }
}

async function headlessTour(browser: LaunchedChromium, index: Page): Promise<void> {
  console.log(screenshotLine(await screenshot(index, 'playground-index')));
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl('draftjs'));
  await waitForComposers(page, 1);
  await typeInto(page, editorLocator(page, 'draftjs'), SAMPLE_DRAFT, { delay: 5 });
  // Wait for the background's findings, then two frames for the overlay to paint.
  await waitForReport(browser, page, (r) => r.findings.length > 0, { timeout: 5000 }).then(
    (r) => console.log(`  findings on the sample draft: ${r.findings.map((f) => f.clause).join(', ')}`),
    () => console.log('  (no findings reported for the sample draft within 5 s)'),
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  console.log(screenshotLine(await screenshot(page, 'playground-x-draft')));
}

const screenshotLine = (path: string) => `  screenshot: ${path}`;

async function main(): Promise<void> {
  if (!args.has('--no-build')) {
    run('build');
    run('build:fixtures');
  }
  const server: FixtureServer = await startFixtureServer();
  if (!hasDisplay) {
    console.log(
      '\nNo display found (DISPLAY / WAYLAND_DISPLAY unset): running Chromium HEADLESS.\n' +
        'You will not see a window; screenshots are saved instead. On a desktop, run `npm start` there to get a real window.',
    );
  }
  const browser = await launchChromium({ server, headless, viewport: headless ? { width: 1100, height: 760 } : null, ownSignals: true });
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the playground…');
    await browser.close().catch(() => {});
    await server.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  browser.context.on('close', () => void stop(0));
  const index = browser.context.pages()[0] ?? (await browser.context.newPage());
  await index.goto('https://x.com/');

  console.log(`\nSecond Look playground — extension ${browser.extensionId} loaded in ${headless ? 'headless ' : ''}Chromium.`);
  console.log('Pages (served locally under the real host names; nothing leaves this machine):');
  for (const f of FIXTURES) console.log(`  ${fixtureUrl(f.name).padEnd(40)} ${f.editor}`);
  if (headless) await headlessTour(browser, index);
  if (once) return stop(0);
  console.log(`\n${headless ? 'Serving' : 'Close the browser window'} or press Ctrl+C to stop.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
