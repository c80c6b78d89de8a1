// A seeker on a 360 px phone sees where they stand against their limits, records other earnings (a wrong
// amount explained first), corrects an entry, chooses their limits (the 4-week rule asks its first day), and
// sees on a gig's page what it would do to their benefit. Also without JavaScript. A seeker near the cap is
// warned by a gig, takes it, and after it the meter and the coordinator say so; a seeker chooses what a limit
// does, reads an earlier period and its statement. axe checks every page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { chooseFinnish, gotoReady, helsinki, launch, signIn, check } from '../lib/browser.mjs';

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
  await chooseFinnish(page); // Jonas reads Swedish
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

test('a seeker at 260 € of the 300 € cap is warned by a 60 € gig, takes it, and after it the meter and the coordinator say so', async () => {
  const context = await b.phone();
  const page = await context.newPage();
  await signIn(page, 'hakija10@demo.hanttihommat.fi');
  await gotoReady(page, '/earnings');
  assert.match(await page.locator('main').textContent(), /Ansaittu 260,00\s€ \/ 300,00\s€/);
  assert.match(await page.locator('main').textContent(), /Jäljellä 40,00\s€ ennen rajaa/);
  await gotoReady(page, '/gigs');
  await page.getByRole('link', { name: 'Varastosiivous' }).first().click();
  await page.waitForURL(/\/gigs\/[0-9a-f-]+$/);
  const gigPath = new URL(page.url()).pathname;
  const impact = page.locator('section[aria-labelledby="impact-heading"]');
  // "You have 40 € left. This gig pays 60 €: 20 € over."
  assert.match(
    await impact.textContent(),
    /jäljellä 40,00\s€ ennen rajaa\. Keikka maksaa 60,00\s€: ylittäisit rajan 20,00\s€/,
  );
  // Under today's rule every euro counts: the benefit falls by about 30 €, the seeker keeps about 30 €.
  assert.match(
    await impact.textContent(),
    /etuutesi pienenee arviolta 30,00\s€, joten hyödyt keikasta 30,00\s€/,
  );
  // Taking it asks first (the cap is set to warn by default).
  assert.match(await page.locator('main').textContent(), /veisi sinut rajan yli/);
  await page.locator('form[action="?/book"] button[type="submit"]').click();
  await page.locator('#confirmOver-error').waitFor();
  await check(page, 'gig with the warning');
  await page.locator('input[name="confirmOver"]').check();
  await page.locator('form[action="?/book"] button[type="submit"]').click();
  await page.locator('main .notice', { hasText: 'Otit keikan' }).waitFor();

  // Time passes: the gig took place this morning (moved into the past in the database, as no clock is at
  // hand in the browser). The association records the work and pay; the seeker confirms.
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const gigId = gigPath.split('/').pop();
    await db.query(
      `UPDATE gigs SET starts_at = now() - interval '4 hours', ends_at = now() - interval '1 hour', status = 'done'
       WHERE id = $1`,
      [gigId],
    );
    await db.query(
      `INSERT INTO gig_status_changes (gig_id, from_status, to_status, action)
       VALUES ($1, 'published', 'in_progress', 'start'), ($1, 'in_progress', 'done', 'finish')`,
      [gigId],
    );
    await db.query(
      `UPDATE bookings SET during = tstzrange(g.starts_at, g.ends_at) FROM gigs g
      WHERE g.id = bookings.gig_id AND g.id = $1`,
      [gigId],
    );
  } finally {
    await db.end();
  }
  const orgContext = await b.phone();
  const org = await orgContext.newPage();
  await signIn(org, 'yhdistys2@demo.hanttihommat.fi');
  await org.getByRole('link', { name: 'Varastosiivous' }).first().click();
  await org.waitForURL(/\/org\/[0-9a-f-]+\/gigs\/[0-9a-f-]+$/);
  await org.getByRole('link', { name: 'Kirjaa tehty työ ja palkka' }).click();
  await org.waitForURL(/\/completion$/);
  const mine = org.locator('main fieldset.section', { hasText: 'Jari' });
  assert.match(await mine.locator('input[name^="pay-"]').inputValue(), /^60,00$/);
  await org.locator('main form button[type="submit"]').click();
  await org.locator('main .notice', { hasText: 'Kirjaukset tallennettu' }).waitFor();
  await orgContext.close();

  await gotoReady(page, gigPath);
  await page.locator('button[name="answer"][value="confirm"]').click();
  await page.locator('main .notice', { hasText: 'vahvistit tiedot' }).waitFor();

  // The confirmed pay reaches the ledger through the worker: the meter shows 320 € of 300 €.
  const main = page.locator('main');
  for (let i = 0; ; i++) {
    await gotoReady(page, '/earnings');
    if (/Ansaittu 320,00\s€ \/ 300,00\s€/.test(await main.textContent())) break;
    if (i > 50) assert.fail('the meter did not reach 320 €');
    await page.waitForTimeout(200);
  }
  assert.match(await main.textContent(), /Raja ylittyi 20,00\s€/);
  await check(page, 'earnings over the cap');
  await context.close();

  // The coordinator has the alert, and sees Jari at the top of the headroom list.
  const staff = await b.phone();
  const coordinator = await staff.newPage();
  await signIn(coordinator, 'koordinaattori@demo.hanttihommat.fi');
  for (let i = 0; ; i++) {
    await gotoReady(coordinator, '/notifications');
    if (/Ansioraja saavutettu: Jari/.test(await coordinator.locator('main').textContent())) break;
    if (i > 50) assert.fail('the coordinator did not get the alert');
    await coordinator.waitForTimeout(200);
  }
  await gotoReady(coordinator, '/coordinator/earnings');
  await check(coordinator, 'headroom list');
  const first = coordinator.locator('main tbody tr').first();
  assert.match(await first.textContent(), /Jari/);
  assert.match(await first.textContent(), /320,00\s€ \/ 300,00\s€/);
  await first.getByRole('link').click();
  await coordinator.waitForURL(/\/coordinator\/earnings\/[0-9a-f-]+$/);
  assert.match(await coordinator.locator('main').textContent(), /Ansaittu 320,00\s€ \/ 300,00\s€/);
  await check(coordinator, 'a seeker’s earnings for the coordinator');
  // With Jari, the coordinator sets the cap to "never offer me gigs that would take me over".
  await coordinator.getByRole('link', { name: 'Muuta hakijan rajoja' }).click();
  await coordinator.waitForURL(/\/coordinator\/earnings\/[0-9a-f-]+\/limits$/);
  await check(coordinator, 'a seeker’s limits for the coordinator');
  await coordinator.locator('input[name="mode-programme_cap"][value="never"]').check();
  await coordinator.locator('main form button[type="submit"]').click();
  await coordinator.locator('main .notice', { hasText: 'Rajat tallennettu' }).waitFor();
  await staff.close();
});

test('a seeker chooses what a limit does, reads an earlier period and prints its statement', async () => {
  const context = await b.phone();
  const page = await context.newPage();
  await chooseFinnish(page); // Fatima reads English
  await signIn(page, 'hakija3@demo.hanttihommat.fi');
  await gotoReady(page, '/earnings/limits');
  await page.locator('input[name="mode-programme_cap"][value="never"]').check();
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL(/\/earnings$/);
  await gotoReady(page, '/earnings/limits');
  assert.equal(await page.locator('input[name="mode-programme_cap"][value="never"]').isChecked(), true);

  await gotoReady(page, '/earnings');
  await page.getByRole('link', { name: 'Edellinen jakso' }).click();
  await page.waitForURL(/\/earnings\?on=\d{4}-\d{2}-\d{2}$/);
  assert.match(await page.locator('main').textContent(), /Tilanne \d+\.\d+\.\d{4}/);
  await check(page, 'an earlier period');
  await page.getByRole('link', { name: 'Jakson ansioerittely tulostettavana' }).click();
  await page.waitForURL(/\/earnings\/statement\?from=/);
  assert.match(await page.locator('main h1').textContent(), /Ansioerittely/);
  await check(page, 'statement');
  const csv = await page.request.get(
    await page.getByRole('link', { name: 'Lataa erittely taulukkona (CSV)' }).getAttribute('href'),
  );
  assert.equal(csv.status(), 200);
  assert.match(await csv.text(), /^\uFEFFMaksaja;Työpäivä;Maksupäivä;Brutto \(€\);Selite/);
  await context.close();
});
