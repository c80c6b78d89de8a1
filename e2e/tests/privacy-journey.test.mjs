// A seeker downloads their data and asks to be erased on their profile page; a coordinator carries the erasure
// out at /coordinator/erasures, and the seeker's phone is signed out for good. At 360 px, with axe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { check, gotoReady, launch, signIn } from '../lib/browser.mjs';

let b;
before(async () => {
  b = await launch();
});
after(async () => {
  await b?.close();
});

/**
 * The journey: a coordinator registers a seeker of the test's own (a printed code, no e-mail), who signs in,
 * downloads their data and asks for erasure; the coordinator carries it out. With JavaScript on, axe and the
 * 360 px check run on each page; without it (axe needs JavaScript), the same forms and the download must work.
 */
async function journey(javaScriptEnabled) {
  const checked = (page, what) => (javaScriptEnabled ? check(page, what) : undefined);
  const settle = (page) => (javaScriptEnabled ? undefined : page.waitForLoadState());
  const name = `Eero Erasmus ${javaScriptEnabled ? 'js' : 'html'} ${Date.now() % 100000}`;
  const desk = await (await b.phone({ javaScriptEnabled })).newPage();
  await signIn(desk, 'koordinaattori@demo.hanttihommat.fi');
  await gotoReady(desk, '/coordinator/seekers/new');
  await desk.locator('input[name="name"]').fill(name);
  await desk.locator('main form button[type="submit"]').click();
  const codeText = desk.getByTestId('sign-in-code');
  await codeText.waitFor();
  const code = (await codeText.textContent()).trim();

  const phone = await (await b.phone({ javaScriptEnabled })).newPage();
  await gotoReady(phone, `/sign-in/code?code=${encodeURIComponent(code)}`);
  await phone.locator('main form button[type="submit"]').click();
  await phone.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  await gotoReady(phone, '/profile');
  await checked(phone, 'profile with the privacy section');

  // The download is a file with their data in it.
  const [download] = await Promise.all([
    phone.waitForEvent('download'),
    phone.getByRole('link', { name: 'Lataa omat tiedot' }).click(),
  ]);
  const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(data.profile.name, name);
  assert.ok(Array.isArray(data.bookings));

  await phone.getByRole('button', { name: 'Pyydä tietojeni poistamista' }).click();
  await settle(phone);
  await phone.locator('main .notice', { hasText: 'Pyyntösi on lähetetty' }).waitFor();
  assert.match(await phone.locator('main').textContent(), /Olet pyytänyt tietojesi poistamista/);
  await checked(phone, 'profile with erasure asked');

  await gotoReady(desk, '/coordinator/erasures');
  await checked(desk, 'erasure requests');
  await desk
    .locator('tr', { hasText: name })
    .getByRole('button', { name: /Poista tiedot/ })
    .click();
  await settle(desk);
  await desk.locator('main .notice', { hasText: 'Tiedot on poistettu' }).waitFor();
  assert.equal(await desk.locator('tr', { hasText: name }).count(), 0);

  // The seeker's session is gone: the profile sends them to sign in.
  await gotoReady(phone, '/profile');
  await phone.waitForURL(/\/sign-in/);
}

test('a seeker downloads their data and asks for erasure; a coordinator carries it out', () => journey(true));

test('without JavaScript: the download, the request and carrying it out work', () => journey(false));
