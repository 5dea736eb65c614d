// Files an e2e run leaves for people to look at (gitignored `artifacts/`).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './browser';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'artifacts', 'screenshots');

/** Saves a viewport screenshot as artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'initial' });
  return path;
}
