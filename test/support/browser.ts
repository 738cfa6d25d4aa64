/**
 * A real Chromium for the browser tests: Debian's package, installed with apt-get when it is missing
 * (playwright's own browser download cannot reach its servers here), driven by playwright-core.
 * Every page records what it asked for off this machine and what it logged as an error.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';

const run = promisify(execFile);
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

async function chromiumExecutable(): Promise<string> {
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found !== undefined) return found;
  if (process.getuid?.() !== 0) {
    throw new Error('Chromium is not installed; run: sudo apt-get install -y chromium');
  }
  await run('apt-get', ['update'], { timeout: 300_000 });
  await run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    timeout: 900_000,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = CANDIDATES.find((candidate) => existsSync(candidate));
  if (installed === undefined)
    throw new Error('apt-get installed chromium, but no binary was found');
  return installed;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumExecutable(),
    // The test runs as root in CI, where Chromium's sandbox cannot start.
    args: ['--no-sandbox'],
  });
}

export interface WatchedPage {
  readonly page: Page;
  /** Every request the page made to an address off this machine (all of them were refused). */
  readonly offMachineRequests: string[];
  /** Errors the page logged or threw. */
  readonly errors: string[];
  readonly screenshot: (name: string) => Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A page that refuses and records every request off this machine. */
export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const offMachineRequests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (
      ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) &&
      !LOCAL_HOSTS.has(url.hostname)
    ) {
      offMachineRequests.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    await route.continue();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    page,
    offMachineRequests,
    errors,
    screenshot: async (name) => {
      await mkdir(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
    },
  };
}
