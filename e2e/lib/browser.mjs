// Debian's Chromium driven by playwright-core, at a cheap phone's width, with axe on every page visited.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const BASE = process.env.E2E_BASE_URL ?? 'http://localhost:3000';
const MAIL_DIR = process.env.E2E_MAIL_DIR ?? path.resolve('..', '.data', 'mail');
const ARTIFACTS = process.env.E2E_ARTIFACTS ?? path.join(os.tmpdir(), 'hh-e2e-artifacts');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  // playwright-core gives every launch a fresh, empty profile of its own.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
  return {
    browser,
    /** A phone: 360 px wide, touch, Finnish. */
    async phone({ javaScriptEnabled = true } = {}) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        locale: 'fi-FI',
        timezoneId: 'Europe/Helsinki',
        javaScriptEnabled,
        baseURL: BASE,
      });
      return context;
    },
    async close() {
      await browser.close();
    },
  };
}

/**
 * Opens a page and waits until it has settled (scripts loaded and hydrated), so that typing into a form
 * cannot race the hydration of that form.
 */
export async function gotoReady(page, url) {
  const response = await page.goto(url);
  await page.waitForLoadState('networkidle');
  return response;
}

/** Fails with the list of violations when axe finds any WCAG 2.1 A/AA problem on the page as it is now. */
export async function expectAccessible(page, what) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  if (result.violations.length) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, `${what.replace(/\W+/g, '-')}.png`), fullPage: true });
    const lines = result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    );
    throw new Error(
      `axe found ${result.violations.length} problem(s) on ${what} (${page.url()}):\n  ${lines.join('\n  ')}`,
    );
  }
}

/** Fails when the page scrolls sideways at its current width. */
export async function expectNoHorizontalScroll(page, what) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0) throw new Error(`${what} scrolls sideways by ${overflow} px at 360 px`);
}

/** The newest mail to `to` (and matching `where`) in the development mailbox folder. */
export function latestMailTo(to, where = () => true) {
  let names;
  try {
    names = readdirSync(MAIL_DIR)
      .filter((n) => n.endsWith('.json'))
      .sort()
      .reverse();
  } catch {
    return null;
  }
  for (const n of names) {
    const m = JSON.parse(readFileSync(path.join(MAIL_DIR, n), 'utf8'));
    if (m.to === to && where(m)) return m;
  }
  return null;
}

export async function waitForMail(to, ms = 10000, where = () => true) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const m = latestMailTo(to, where);
    if (m) return m;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to} within ${ms} ms`);
}
