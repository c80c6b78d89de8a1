// A seeker on a 360 px phone sees where they stand against their limits, records other earnings (a wrong
// amount explained first), corrects an entry, chooses their limits (the 4-week rule asks its first day), and
// sees on a gig's page what it would do to their benefit. Also without JavaScript. axe checks every page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gotoReady, helsinki, launch, signIn, check } from '../lib/browser.mjs';

let b;
before(async () => {
  b = await launch();
});
after(async () => {
  await b?.close();
});

/** Today in Helsinki as 24.12.2026. */
function today() {
  const [year, month, day] = helsinki(0).date.split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
}

test('a seeker sees their limits, records and corrects other earnings, and sees what a gig would do', async () => {
  const context = await b.phone();
  const page = await context.newPage();
  await signIn(page, 'hakija4@demo.hanttihommat.fi');
  await gotoReady(page, '/earnings');
  await check(page, 'earnings');
  const main = page.locator('main');
  assert.match(await main.textContent(), /Jokainen ansaittu euro pienentää etuuttasi 50 senttiä/);
  assert.match(await main.textContent(), /Hankkeen keikoista voi ansaita enintään 300,00\s€ kuukaudessa/);

  // A wrong amount is explained next to its box.
  await page.locator('input[name="payerName"]').fill('Kauppa Oy');
  await page.locator('input[name="amount"]').fill('sata');
  await page.locator('input[name="workDate"]').fill(today());
  await page.locator('form[action="?/record"] button[type="submit"]').click();
  await page.locator('#amount-error').waitFor();
  await check(page, 'earnings with an error');
  await page.locator('input[name="amount"]').fill('120,50');
  await page.locator('form[action="?/record"] button[type="submit"]').click();
  await page.locator('main .notice', { hasText: 'Ansio kirjattu' }).waitFor();
  assert.match(await main.textContent(), /Ansaittu: 120,50\s€/);
  assert.match(await main.textContent(), /Etuutesi pienenee tällä jaksolla arviolta 60,25\s€/);
  // The project's cap counts its own gigs only.
  assert.match(await main.textContent(), /Ansaittu 0,00\s€ \/ 300,00\s€/);

  // Correcting it cancels it.
  await page.locator('main details summary').first().click();
  await page.locator('main details input[name="reason"]').first().fill('Väärä summa');
  await page.locator('main details button[type="submit"]').first().click();
  await page.locator('main .notice', { hasText: 'Kirjaus korjattu' }).waitFor();
  assert.match(await main.textContent(), /Ansaittu: 0,00\s€/);

  // Limits: the 4-week rule asks for its first day.
  await page.getByRole('link', { name: 'Valitse omat rajasi' }).click();
  await page.waitForURL(/\/earnings\/limits$/);
  await check(page, 'limits');
  await page.locator('input[name="rules"][value="unemployment_month"]').uncheck();
  await page.locator('input[name="rules"][value="unemployment_4w"]').check();
  await page.locator('main form button[type="submit"]').click();
  await page.locator('#anchor-unemployment_4w-error').waitFor();
  await page.locator('input[name="anchor-unemployment_4w"]').fill('2.11.2026');
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL(/\/earnings$/);
  assert.match(await main.textContent(), /4 viikon|neljän viikon|4-week|4 viikkoa|jakso/i);

  // A gig's page says what it would do.
  await gotoReady(page, '/gigs');
  await page.getByRole('link', { name: 'Varastosiivous' }).first().click();
  await page.waitForURL(/\/gigs\/[0-9a-f-]+$/);
  const impact = page.locator('section[aria-labelledby="impact-heading"]');
  await impact.waitFor();
  assert.match(await impact.textContent(), /etuutesi pienenee arviolta/);
  await check(page, 'gig with its impact');
  await context.close();
});

test('without JavaScript: a seeker records other earnings', async () => {
  const context = await b.phone({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, 'hakija5@demo.hanttihommat.fi');
  await gotoReady(page, '/earnings');
  await page.locator('input[name="payerName"]').fill('Siivous Oy');
  await page.locator('input[name="amount"]').fill('80');
  await page.locator('input[name="workDate"]').fill('');
  await page.locator('form[action="?/record"] button[type="submit"]').click();
  await page.waitForLoadState();
  assert.equal(await page.locator('#workDate-error').count(), 1);
  await page.locator('input[name="workDate"]').fill(today());
  await page.locator('form[action="?/record"] button[type="submit"]').click();
  await page.waitForLoadState();
  assert.match(await page.locator('main .notice').textContent(), /Ansio kirjattu/);
  assert.match(await page.locator('main').textContent(), /Siivous Oy/);
  await context.close();
});

test('a seeker at 260 € of the 300 € cap is warned by a 45 € gig, confirms, and takes it', async () => {
  const context = await b.phone();
  const page = await context.newPage();
  await signIn(page, 'hakija10@demo.hanttihommat.fi');
  await gotoReady(page, '/earnings');
  assert.match(await page.locator('main').textContent(), /Ansaittu 260,00\s€ \/ 300,00\s€/);
  assert.match(await page.locator('main').textContent(), /Jäljellä 40,00\s€ ennen rajaa/);
  await gotoReady(page, '/gigs');
  await page.getByRole('link', { name: 'Varastosiivous' }).first().click();
  await page.waitForURL(/\/gigs\/[0-9a-f-]+$/);
  const impact = page.locator('section[aria-labelledby="impact-heading"]');
  assert.match(await impact.textContent(), /ylittäisit rajan 5,00\s€/);
  assert.match(
    await impact.textContent(),
    /etuutesi pienenee arviolta 22,50\s€, joten hyödyt keikasta 22,50\s€/,
  );
  // Taking it asks first.
  await page.locator('form[action="?/book"] button[type="submit"]').click();
  await page.locator('#confirmOver-error').waitFor();
  await check(page, 'gig with the warning');
  await page.locator('input[name="confirmOver"]').check();
  await page.locator('form[action="?/book"] button[type="submit"]').click();
  await page.locator('main .notice', { hasText: 'Otit keikan' }).waitFor();
  await context.close();
});
