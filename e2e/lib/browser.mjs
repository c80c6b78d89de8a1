// Chromium driven by playwright-core, at a cheap phone's width, with axe on every page visited. The browser is
// the one CHROMIUM_PATH names, or else the Chromium that ships inside the @sparticuz/chromium npm package
// (unpacked to the temporary folder on first use), so the tests need no system browser and no download.
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

/** The browser to run: CHROMIUM_PATH when set, else the Chromium of the @sparticuz/chromium package. */
export async function browserPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

export async function launch() {
  // playwright-core gives every launch a fresh, empty profile of its own.
  const browser = await chromium.launch({ executablePath: await browserPath(), args: FLAGS });
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

/**
 * The newest mail to `to` that arrived at or after `after` (and matches `where`), from the development
 * mailbox folder. A mail from before `after` never counts, so an older mail cannot stand in for the one a
 * step is waiting for.
 */
export function latestMailTo(to, { after, where = () => true }) {
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
    if (Date.parse(m.date) < after.getTime()) break; // names begin with the time: the rest are older
    if (m.to === to && where(m)) return m;
  }
  return null;
}

/** Waits for a mail to `to` sent at or after `after` (take it just before the step that sends it). */
export async function waitForMail(to, { after, where = () => true, ms = 10000 }) {
  if (!(after instanceof Date)) throw new Error('waitForMail needs the moment after which the mail is new');
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const m = latestMailTo(to, { after, where });
    if (m) return m;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no new mail to ${to} within ${ms} ms`);
}

/** The demo's password (backend/src/demo/demo.seed.ts). */
export const DEMO_PASSWORD = 'demo-salasana-2026';

/** Signs in a demo person with the password form, and waits until the page has moved on from sign-in. */
export async function signIn(page, email) {
  await gotoReady(page, '/sign-in');
  await page.locator('form[action="?/password"] input[name="email"]').fill(email);
  await page.locator('form[action="?/password"] input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('form[action="?/password"] button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}

/**
 * Chooses Finnish on this device with the language form, before signing in: a device's own choice stays,
 * where signing in would adopt the account's language (some demo seekers read English or Swedish).
 */
export async function chooseFinnish(page) {
  await gotoReady(page, '/language');
  await page.locator('main button[name="locale"][value="fi"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/language'));
}

/** A gig of the kind hakija3's work profile asks for (backend/src/demo): yard work in Väinölä, 28400. */
export const YARD_WORK_FOR_HAKIJA3 = {
  description: 'Haravoidaan lehdet kerhotalon pihalta. Haravat löytyvät.',
  category: 'yard',
  district: 'Pori, Väinölä',
  postalCode: '28400',
  pay: '30',
  places: '1',
};

/** Fills in the new gig form; `start` and `end` as helsinki() gives them, on the same day. */
export async function fillGigForm(
  page,
  { title, description, category, district, postalCode, start, end, pay, places },
) {
  await page.locator('[name="title"]').fill(title);
  await page.locator('[name="description"]').fill(description);
  await page.locator('[name="category"]').selectOption(category);
  await page.locator('[name="district"]').fill(district);
  await page.locator('[name="postalCode"]').fill(postalCode);
  await page.locator('[name="date"]').fill(start.date);
  await page.locator('[name="startTime"]').fill(start.time);
  await page.locator('[name="endTime"]').fill(end.time);
  await page.locator('[name="pay"]').fill(pay);
  await page.locator('[name="places"]').fill(places);
}

/** axe finds nothing, and the page does not scroll sideways at 360 px. */
export async function check(page, what) {
  await expectAccessible(page, what);
  await expectNoHorizontalScroll(page, what);
}

/** Date (YYYY-MM-DD) and time (HH:MM) in Helsinki, `minutes` from now. */
export function helsinki(minutes) {
  const d = new Date(Date.now() + minutes * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Helsinki',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
