// npm run eval:deep -- CORPUS.jsonl [MORE.jsonl …] [--chrome PATH] [--profile DIR] [--headed] [--out DIR]
//
// Scores the deep check on labelled corpora, on a desktop whose Chrome has
// its on-device model: launches that Chrome with the built extension
// (dist/chrome), turns the deep check on, sends every draft through the
// background's deep check (deep/check-text: the same prompt, schema,
// validation and merge as drafts in a compose box), and scores three sets of
// predictions per corpus with the project's scorer (../shared/corpus/score.mjs
// or $SCORER): the engine alone, the deep check alone, and both merged.
// Writes artifacts/deep-eval/ (predictions, each scorer output, summary.md)
// and prints the summary table. Nothing leaves the machine.
//
// --profile DIR  a Chrome profile where the model was already downloaded
//                (open Second Look's options there once and press "Download
//                the model now"); default: a fresh temporary profile.
// --fake JSON    test only: a fake LanguageModel (tests/fakes) in the service
//                worker instead of the browser's model.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { isolatedEnv } from '../tests/e2e/harness/browser';

interface Row {
  id: string;
  site?: string;
  text: string;
}
interface Answer {
  outcome: string;
  deep: { clause: string; severity: string }[];
  merged: { clause: string; severity: string; source?: string }[];
}

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const chromePath = flag('--chrome') ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const profileArg = flag('--profile');
const outDir = resolve(flag('--out') ?? 'artifacts/deep-eval');
const fakeJson = flag('--fake');
const headed = argv.includes('--headed');
const corpora = argv.filter((a) => !a.startsWith('--'));
const scorer = resolve(process.env.SCORER ?? '../shared/corpus/score.mjs');
const extensionDir = resolve('dist/chrome');

if (!corpora.length) {
  console.error('usage: npm run eval:deep -- CORPUS.jsonl [MORE.jsonl …] [--chrome PATH] [--profile DIR] [--headed] [--out DIR]');
  process.exit(2);
}
for (const [what, path] of [['Chrome', chromePath], ['scorer', scorer], ['built extension (npm run build)', join(extensionDir, 'manifest.json')]] as const) {
  if (!existsSync(path)) {
    console.error(`eval:deep: ${what} not found at ${path}`);
    process.exit(2);
  }
}

async function launch(): Promise<{ context: BrowserContext; worker: Worker; extensionId: string; cleanup: () => void }> {
  const profile = profileArg ? resolve(profileArg) : mkdtempSync(join(tmpdir(), 'second-look-deep-eval-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    env: isolatedEnv(profile),
    headless: !headed,
    args: [
      ...(headed ? [] : ['--headless=new']),
      '--no-first-run',
      '--no-default-browser-check',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Branded Chrome 137+ ignores --load-extension; it then loads it through DevTools (below).
      '--enable-unsafe-extension-debugging',
    ],
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-update'],
  });
  const ours = (w: Worker) => w.url().startsWith('chrome-extension://') && w.url().includes('/service-worker-loader.js');
  let worker = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 10_000 }).catch(() => null));
  if (!worker) {
    const browser = context.browser();
    if (!browser) throw new Error('the extension did not start and no DevTools session is available to load it');
    const cdp = await browser.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never);
    worker = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 20_000 }));
  }
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, cleanup: () => void (profileArg || rmSync(profile, { recursive: true, force: true })) };
}

type WithChrome = { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> }; storage: { sync: { set(o: object): Promise<void> } } } };

async function main(): Promise<void> {
  const { context, worker, extensionId, cleanup } = await launch();
  try {
    if (fakeJson) {
      const { installFakeLanguageModel } = await import('../tests/fakes/fake-language-model');
      // tsx keeps function names with a helper the worker does not have.
      await worker.evaluate(() => void ((globalThis as Record<string, unknown>).__name ??= (f: unknown) => f));
      await worker.evaluate(installFakeLanguageModel, { availability: 'available', mode: 'quote-first-word', triggers: [], delayMs: 5, ...JSON.parse(fakeJson) });
    }
    const page: Page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    const send = (m: unknown) => page.evaluate((msg) => (globalThis as unknown as WithChrome).chrome.runtime.sendMessage(msg), m);
    await page.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.sync.set({ deepCheck: true }));
    // The background reloads its settings on storage.onChanged; wait (≤ 5 s) until it has read the new value.
    let status = (await send({ type: 'deep/status' })) as { state: string; api: string };
    for (let waited = 0; status.state === 'off' && waited < 5_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await send({ type: 'deep/status' })) as { state: string; api: string };
    }
    console.log(`Chrome: ${chromePath} (${await worker.evaluate(() => navigator.userAgent)})\ndeep check: ${status.state} (${status.api})`);
    if (status.state !== 'available') {
      console.error(`eval:deep: the deep check is not available in this Chrome (${status.state}); see docs/deep-check.md.`);
      process.exitCode = 1;
      return;
    }
    mkdirSync(outDir, { recursive: true });
    const summary: string[] = [
      '| source | drafts | answered | invalid | timeout | failed | engine P / R / F1 · benign warned | deep check P / R / F1 · benign warned | engine + deep P / R / F1 · benign warned |',
      '|---|---|---|---|---|---|---|---|---|',
    ];
    for (const corpus of corpora) {
      const rows = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
      const preds = { engine: [] as string[], deep: [] as string[], merged: [] as string[] };
      const outcomes: Record<string, number> = {};
      const started = Date.now();
      for (const [i, row] of rows.entries()) {
        const answer = (await send({ type: 'deep/check-text', text: row.text, site: row.site ?? '' })) as Answer;
        const kind = answer.outcome.startsWith('failed') ? 'failed' : answer.outcome;
        outcomes[kind] = (outcomes[kind] ?? 0) + 1;
        preds.engine.push(JSON.stringify({ id: row.id, findings: answer.merged.filter((f) => f.source !== 'deep-check') }));
        preds.deep.push(JSON.stringify({ id: row.id, findings: answer.deep }));
        preds.merged.push(JSON.stringify({ id: row.id, findings: answer.merged }));
        if ((i + 1) % 25 === 0) process.stderr.write(`  ${basename(corpus)}: ${i + 1}/${rows.length} (${((Date.now() - started) / (i + 1) / 1000).toFixed(1)} s a draft)\n`);
      }
      const cells: string[] = [];
      for (const kind of ['engine', 'deep', 'merged'] as const) {
        const file = join(outDir, `${basename(corpus, '.jsonl')}.${kind}.jsonl`);
        writeFileSync(file, `${preds[kind].join('\n')}\n`);
        const run = spawnSync('node', [scorer, resolve(corpus), file], { encoding: 'utf8' });
        writeFileSync(file.replace(/\.jsonl$/, '.score.txt'), run.stdout + run.stderr);
        const m = /micro precision\s+([\d.]+)\s+recall\s+([\d.]+)\s+f1\s+([\d.]+)\s+benign flagged (\d+\/\d+)/.exec(run.stdout);
        cells.push(m ? `${m[1]} / ${m[2]} / ${m[3]} · ${m[4]}` : 'n/a');
      }
      summary.push(`| ${basename(corpus)} | ${rows.length} | ${outcomes.done ?? 0} | ${outcomes.invalid ?? 0} | ${outcomes.timeout ?? 0} | ${outcomes.failed ?? 0} | ${cells.join(' | ')} |`);
    }
    const text = `${summary.join('\n')}\n`;
    writeFileSync(join(outDir, 'summary.md'), `Chrome: ${chromePath}\nDeep check via ${status.api}${fakeJson ? ' (FAKE model: test run, not a measurement)' : ''}\n\n${text}`);
    console.log(text);
  } finally {
    await context.close();
    cleanup();
  }
}

main().catch((e: unknown) => {
  console.error(`eval:deep: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
