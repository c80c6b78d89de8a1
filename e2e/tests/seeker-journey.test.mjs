// A new job seeker on a 360 px phone: signs up by magic link, signs in again, switches to Swedish, signs out.
// axe checks every page on the way.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  gotoReady,
  BASE,
  expectAccessible,
  expectNoHorizontalScroll,
  launch,
  signIn,
  waitForMail,
} from '../lib/browser.mjs';

let b;
before(async () => {
  b = await launch();
});
after(async () => {
  await b?.close();
});

async function openLinkFromMailbox(page, to, what, after) {
  // The development mailbox, as a person would use it: the list, the mail, the link in it.
  await waitForMail(to, { after });
  await gotoReady(page, '/dev/mail');
  await expectAccessible(page, `${what}: mailbox`);
  await page
    .getByRole('link', { name: new RegExp(to.replace(/[.]/g, '\\.')) })
    .first()
    .click();
  await page.waitForURL(/\/dev\/mail\/.+/);
  await expectAccessible(page, `${what}: mail`);
  await page.locator('a[href*="/auth/verify?token="]').first().click();
  await page.waitForURL(/\/auth\/verify\?token=/);
  await expectAccessible(page, `${what}: verify page`);
  await page.locator('main form[method="post"] button[type="submit"]').click();
}

test('a new job seeker signs up by magic link, signs in, switches to Swedish and signs out', async () => {
  const context = await b.phone();
  const page = await context.newPage();
  const email = `uusi.hakija.${Date.now()}@example.fi`;

  await gotoReady(page, '/');
  assert.equal(await page.getAttribute('html', 'lang'), 'fi');
  await expectAccessible(page, 'landing');
  await expectNoHorizontalScroll(page, 'landing');

  await gotoReady(page, '/sign-up');
  await expectAccessible(page, 'sign-up');
  // Bad input: the page says what is wrong, next to the field.
  await page.getByLabel('Sähköposti').fill('ei-sahkopostia');
  await page.locator('main form button[type="submit"]').click();
  const emailError = page.locator('#email-error');
  await emailError.waitFor();
  assert.equal(
    (await emailError.textContent()).trim(),
    'Tarkista sähköpostiosoite. Esimerkki: nimi@esimerkki.fi',
  );
  assert.equal(await page.getByLabel('Sähköposti').getAttribute('aria-invalid'), 'true');
  await expectAccessible(page, 'sign-up with errors');

  // Sign-up asks for the address only; the rest is chosen once the link has proved it.
  await page.getByLabel('Sähköposti').fill(email);
  const signUpAt = new Date();
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL(/\/auth\/check-mail/);
  await expectAccessible(page, 'check your mail');

  await openLinkFromMailbox(page, email, 'sign-up', signUpAt);
  await page.waitForURL(/\/auth\/finish$/);
  await expectAccessible(page, 'finish the account');
  await expectNoHorizontalScroll(page, 'finish the account');
  await page.locator('main form button[type="submit"]').click();
  await page.locator('#name-error').waitFor();
  await expectAccessible(page, 'finish the account with errors');
  await page.getByLabel('Nimi', { exact: true }).fill('Uusi Hakija');
  await page.locator('input[name="accountType"][value="seeker"]').check();
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL(/\/gigs$/);
  await expectAccessible(page, 'gigs');
  await expectNoHorizontalScroll(page, 'gigs');
  // The demo's gigs are listed, with pay in euros.
  assert.ok((await page.locator('main article, main li').count()) > 0, 'gigs are listed');
  assert.match(await page.locator('main').textContent(), /€/);

  // Sign out, then sign in again with a link from the sign-in page.
  await page.locator('form[action="/sign-out"] button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/gigs'));
  await gotoReady(page, '/sign-in');
  await expectAccessible(page, 'sign-in');
  await page.locator('form[action="?/magicLink"] input[name="email"]').fill(email);
  const signInAt = new Date();
  await page.locator('form[action="?/magicLink"] button[type="submit"]').click();
  await page.waitForURL(/\/auth\/check-mail/);
  await openLinkFromMailbox(page, email, 'sign-in', signInAt);
  await page.waitForURL(/\/gigs$/);

  // Swedish.
  await page.locator('button[name="locale"][value="sv"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  assert.equal(new URL(page.url()).pathname, '/gigs');
  await expectAccessible(page, 'gigs in Swedish');
  await gotoReady(page, '/profile');
  await expectAccessible(page, 'profile in Swedish');
  assert.equal(await page.getAttribute('html', 'lang'), 'sv');

  // Sign out: signed-in pages send to sign-in again.
  await page.locator('form[action="/sign-out"] button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/profile'));
  await expectAccessible(page, 'signed out');
  await gotoReady(page, '/gigs');
  assert.match(new URL(page.url()).pathname, /\/sign-in/);
  await context.close();
});

test('without JavaScript: password sign-in works, and bad input is explained on the page', async () => {
  const context = await b.phone({ javaScriptEnabled: false });
  const page = await context.newPage();
  await gotoReady(page, '/sign-in');
  const form = page.locator('form[action="?/password"]');
  await form.locator('input[name="email"]').fill('hakija2@demo.hanttihommat.fi');
  await form.locator('input[name="password"]').fill('väärä-salasana');
  await form.locator('button[type="submit"]').click();
  await page.waitForLoadState();
  // axe needs JavaScript; the same page with JavaScript on is checked in the journey above.
  assert.match(await page.locator('main').textContent(), /salasana/i);

  await page.locator('form[action="?/password"] input[name="email"]').fill('hakija2@demo.hanttihommat.fi');
  await page.locator('form[action="?/password"] input[name="password"]').fill('demo-salasana-2026');
  await page.locator('form[action="?/password"] button[type="submit"]').click();
  await page.waitForURL(/\/gigs$/);
  assert.match(await page.locator('header').textContent(), /Mikko Heinonen/);
  await context.close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`${javaScriptEnabled ? '' : 'without JavaScript: '}signing in on a new phone takes the account's language`, async () => {
    const context = await b.phone({ javaScriptEnabled });
    const page = await context.newPage();
    await signIn(page, 'hakija4@demo.hanttihommat.fi'); // Jonas Lindqvist reads Swedish
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    // The pages before signing in were Finnish, but the phone had not chosen it: the next page is Swedish too.
    await gotoReady(page, '/gigs');
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
    await context.close();
  });
}

test('each role lands on a home of its own with navigation that fits it', async () => {
  const homes = [
    ['koordinaattori@demo.hanttihommat.fi', /\/coordinator$/],
    ['admin@demo.hanttihommat.fi', /\/admin\/coordinators$/],
    ['yhdistys1@demo.hanttihommat.fi', /\/org\/[0-9a-f-]+\/gigs$/],
  ];
  for (const [email, home] of homes) {
    const context = await b.phone();
    const page = await context.newPage();
    await gotoReady(page, '/sign-in');
    await page.locator('form[action="?/password"] input[name="email"]').fill(email);
    await page.locator('form[action="?/password"] input[name="password"]').fill('demo-salasana-2026');
    await page.locator('form[action="?/password"] button[type="submit"]').click();
    await page.waitForURL(home);
    await expectAccessible(page, `home of ${email}`);
    await expectNoHorizontalScroll(page, `home of ${email}`);
    // A seeker's page is not theirs to see... except staff, who may look at the gigs.
    // The admins' page is for the admin only: everyone else gets a 403 page.
    const res = await gotoReady(page, '/admin/coordinators');
    if (email.startsWith('admin')) {
      assert.equal(res.status(), 200);
      assert.equal((await page.locator('main h1').textContent()).trim(), 'Koordinaattorit');
    } else {
      assert.equal(res.status(), 403);
    }
    await context.close();
  }
});

test('the API document is served at /api/docs', async () => {
  const res = await fetch(`${BASE}/api/docs/openapi.json`);
  assert.equal(res.status, 200);
  const doc = await res.json();
  assert.ok(doc.paths['/api/auth/sign-up']);
});
