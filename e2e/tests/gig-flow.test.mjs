// One gig from beginning to end, on a 360 px phone: an association posts it; matching offers it to Fatima
// (hakija3), whose work profile asks for yard work around 28400, under "For you" with the reasons; she takes
// it; the association sees her booked; after the end it records the hours and pay, she confirms them, both
// give feedback, and the association's words show on her work history. Run with JavaScript (axe and the
// 360 px check on the main pages) and again without it (every page of both people, forms answered by the
// server alone).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import {
  BASE,
  check,
  chooseFinnish,
  fillGigForm,
  YARD_WORK_FOR_HAKIJA3,
  gotoReady,
  helsinki,
  launch,
  signIn,
} from '../lib/browser.mjs';

const ORG = 'yhdistys1@demo.hanttihommat.fi';
const SEEKER = 'hakija3@demo.hanttihommat.fi';
const SEEKER_NAME = 'Fatima Ali';

let b;
before(async () => {
  b = await launch();
});
after(async () => {
  await b?.close();
});

/** The gig's times: an hour, `hours` from now (or later, so as not to cross midnight in Helsinki). */
function slot(hours) {
  for (let m = hours * 60; ; m += 60) {
    const start = helsinki(m);
    const end = helsinki(m + 60);
    if (start.date === end.date) return { start, end };
  }
}

/**
 * Stands in for time passing: the gig (and its booking) is moved so that it ended a minute ago, and then the
 * gig's own clock jobs, scheduled when it was published for its start and its end, are run now instead of
 * later from the admins' queue dashboard (Bull Board's "promote"). So the real lifecycle moves the gig:
 * published/full → in progress (at the start) → done (at the end), recording each change as it always does.
 */
async function letTheGigEnd(gigId) {
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    await db.query('BEGIN');
    const [{ shift }] = (
      await db.query(
        `SELECT (ends_at - now()) + interval '1 minute' AS shift FROM gigs WHERE id = $1 FOR UPDATE`,
        [gigId],
      )
    ).rows;
    await db.query(
      `UPDATE gigs SET starts_at = starts_at - $2::interval, ends_at = ends_at - $2::interval WHERE id = $1`,
      [gigId, shift],
    );
    await db.query(
      `UPDATE bookings SET during = tstzrange(lower(during) - $2::interval, upper(during) - $2::interval)
       WHERE gig_id = $1`,
      [gigId, shift],
    );
    await db.query('COMMIT');
  } finally {
    await db.end();
  }

  const context = await b.phone();
  const admin = await context.newPage();
  await signIn(admin, 'admin@demo.hanttihommat.fi');
  for (const job of ['expire', 'ended']) {
    const res = await admin.request.put(`/admin/queues/api/queues/gigs/${job}-${gigId}/promote`, {
      headers: { origin: new URL(BASE).origin },
    });
    assert.ok(res.ok(), `the ${job} job of the gig is run now (${res.status()} ${await res.text()})`);
  }
  await context.close();
}

/** Reloads `page` until `ready()` holds, for at most `ms`. */
async function until(page, what, ready, ms = 30000) {
  const end = Date.now() + ms;
  while (!(await ready())) {
    assert.ok(Date.now() < end, `${what} within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
    await gotoReady(page, page.url());
  }
}

async function journey(javaScriptEnabled) {
  // axe needs JavaScript in the page; without it, the same forms must work by the server's answers alone.
  const checked = (page, what) => (javaScriptEnabled ? check(page, what) : undefined);
  const settle = (page) => page.waitForLoadState();
  const title = `Pihan haravointi ${javaScriptEnabled ? 'js' : 'html'} ${Date.now()}`;
  const wentWell = `Haravoi huolellisesti ja piti tauot sovitusti (${javaScriptEnabled ? 'js' : 'html'}).`;

  // 1. The association posts and publishes the gig: yard work in Väinölä (28400), a few hours from now.
  const org = await (await b.phone({ javaScriptEnabled })).newPage();
  await signIn(org, ORG);
  const orgGigs = new URL(org.url()).pathname;
  assert.match(orgGigs, /^\/org\/[0-9a-f-]+\/gigs$/);
  await gotoReady(org, `${orgGigs}/new`);
  await checked(org, 'new gig form');
  // The two runs' gigs never overlap, so that one left booked by a failed run cannot keep her from the other.
  const { start, end } = slot(javaScriptEnabled ? 4 : 6);
  await fillGigForm(org, { ...YARD_WORK_FOR_HAKIJA3, title, start, end });
  await org.locator('button[name="publish"][value="true"]').click();
  await org.waitForURL(/\/org\/[0-9a-f-]+\/gigs\/[0-9a-f-]+$/);
  const orgGigPath = new URL(org.url()).pathname;
  const gigId = orgGigPath.split('/').pop();
  assert.match(await org.locator('main h1').textContent(), new RegExp(title));
  await checked(org, 'posted gig');

  // 2. Matching runs as a job after publishing: the gig comes under "For you", with why it was offered.
  // Fatima's account is in English; she picks Finnish on her phone before signing in, so both runs read Finnish.
  const seeker = await (await b.phone({ javaScriptEnabled })).newPage();
  await chooseFinnish(seeker);
  await signIn(seeker, SEEKER);
  await gotoReady(seeker, '/gigs');
  const forYou = seeker.locator('section[aria-labelledby="for-you-heading"]');
  const card = forYou.locator('article', { hasText: title });
  await until(seeker, 'the gig is under "For you"', async () => (await card.count()) > 0);
  assert.match(
    await card.locator('.reasons').textContent(),
    /Miksi sinulle:.*toivomaasi työtä: pihatyöt.*alueellasi \(28400\)/i,
  );
  await checked(seeker, 'gigs: for you');
  await card.getByRole('link', { name: title }).click();
  await seeker.waitForURL(new RegExp(`/gigs/${gigId}$`));
  await checked(seeker, 'gig page');

  // One tap takes the place.
  await seeker.locator('form[action="?/book"] button[type="submit"]').click();
  await settle(seeker);
  await seeker.locator('main .notice', { hasText: 'Otit keikan' }).waitFor();
  assert.match(await seeker.locator('main').textContent(), /Olet ottanut tämän keikan/);
  await checked(seeker, 'gig page, taken');

  // 3. The association sees her on the gig's people page.
  await gotoReady(org, orgGigPath);
  await org.getByRole('link', { name: 'Tekijät ja hakijat' }).click();
  await org.waitForURL(/\/people$/);
  const row = org.locator('main tr', { hasText: SEEKER_NAME });
  assert.equal(await row.count(), 1, 'the seeker is on the people page');
  assert.match(await row.textContent(), /Mukana/);
  await checked(org, 'people of the gig, booked');

  // 4. The end time comes (see letTheGigEnd); the association is asked to record the work.
  await letTheGigEnd(gigId);
  await gotoReady(org, orgGigPath);
  const report = org.getByRole('link', { name: 'Kirjaa tehty työ ja palkka' });
  await until(org, 'the gig is done', async () => (await report.count()) > 0);

  // 5. The association records the hours and the pay.
  await report.click();
  await org.waitForURL(/\/completion$/);
  await checked(org, 'report form');
  const box = org.locator('main fieldset.section');
  assert.equal(await box.count(), 1);
  assert.equal(await box.locator('input[name^="hours-"]').inputValue(), '1');
  await box.locator('input[value="worked"]').check();
  await box.locator('input[name^="hours-"]').fill('1,5');
  await box.locator('input[name^="pay-"]').fill('35');
  await org.locator('main form button[type="submit"]').click();
  await settle(org);
  await org.locator('main .notice', { hasText: 'Kirjaukset tallennettu' }).waitFor();
  assert.match(
    await org.locator('main').textContent(),
    new RegExp(`${SEEKER_NAME}: Teki keikan,\\s+1 h 30 min,\\s+35,00\\s€.*Odottaa tekijän vahvistusta`, 's'),
  );
  await checked(org, 'report saved');

  // 6. The seeker confirms the hours and pay, and gives feedback.
  await gotoReady(seeker, `/gigs/${gigId}`);
  const completion = seeker.locator('section[aria-labelledby="completion-heading"]');
  assert.match(await completion.textContent(), /1 h 30 min/);
  assert.match(await completion.textContent(), /35,00\s€/);
  await checked(seeker, 'gig done, pay to confirm');
  await seeker.locator('button[name="answer"][value="confirm"]').click();
  await settle(seeker);
  await seeker.locator('main .notice', { hasText: 'vahvistit tiedot' }).waitFor();
  assert.match(await completion.textContent(), /Vahvistettu/);
  await seeker.locator('input[name="asDescribed"][value="yes"]').check();
  await seeker.locator('input[name="skillsGrew"][value="yes"]').check();
  await seeker.locator('form[action="?/feedback"] button[type="submit"]').click();
  await settle(seeker);
  await seeker.locator('main', { hasText: 'Kiitos palautteestasi' }).waitFor();
  await checked(seeker, 'feedback given');

  // 7. The association gives feedback on her work.
  await gotoReady(org, `${orgGigPath}/people`);
  await org.getByRole('link', { name: `Anna palaute: ${SEEKER_NAME}` }).click();
  await org.waitForURL(/\/feedback$/);
  await checked(org, 'feedback form');
  await org.locator('input[name="punctuality"][value="5"]').check();
  await org.locator('input[name="quality"][value="5"]').check();
  await org.locator('input[name="skillsShown"]').fill('Haravointi, oma-aloitteisuus');
  await org.locator('textarea[name="wentWell"]').fill(wentWell);
  await org.locator('main form button[type="submit"]').click();
  await org.waitForURL(/\/people$/);
  assert.match(await org.locator('main .notice').textContent(), /Palaute lähetetty/);
  assert.match(await org.locator('main tr', { hasText: SEEKER_NAME }).textContent(), /Palaute annettu/);

  // 8. The gig and the association's words are on her work history.
  await gotoReady(seeker, '/work-history');
  const history = await seeker.locator('main').textContent();
  assert.ok(history.includes(title), 'the gig is on the work history');
  assert.ok(history.includes(wentWell), 'the feedback is the reference');
  await checked(seeker, 'work history');

  // She is told of the feedback in the app too; she reads her notices, so none of this journey's are left
  // unread for a later one with her.
  await gotoReady(seeker, '/notifications');
  const told = seeker.locator('main ul.notifications li', { hasText: `Sait palautetta: ${title}` });
  await until(seeker, 'the feedback notice', async () => (await told.count()) > 0);
  await seeker.locator('form[action="?/readAll"] button[type="submit"]').click();
  await settle(seeker);
  await seeker.locator('main .notice').waitFor();

  await org.context().close();
  await seeker.context().close();
}

test('a gig from posting to the reference on the work history', () => journey(true));

test('without JavaScript: a gig from posting to the reference on the work history', () => journey(false));
