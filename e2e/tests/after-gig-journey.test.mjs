// After the gig, on a 360 px phone, with the demo's two done gigs: the association records what each person
// did and was paid (a wrong figure explained next to its box first); the seeker confirms the pay of another
// gig, gives feedback, and shares a work history that a stranger can open; the organisation gives feedback
// and the two write to each other about a coming gig. axe checks every page on the way.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gotoReady, launch, signIn, check } from '../lib/browser.mjs';

let b;
before(async () => {
  b = await launch();
});
after(async () => {
  await b?.close();
});

test('the organisation records the work and pay of a done gig, one person as not come', async () => {
  const context = await b.phone();
  const page = await context.newPage();
  await signIn(page, 'yhdistys1@demo.hanttihommat.fi');
  await page.getByRole('link', { name: 'Syystalkoot: lehtien haravointi' }).first().click();
  await page.waitForURL(/\/org\/[0-9a-f-]+\/gigs\/[0-9a-f-]+$/);
  await page.getByRole('link', { name: 'Kirjaa tehty työ ja palkka' }).click();
  await page.waitForURL(/\/completion$/);
  await check(page, 'report form');

  // The form starts from the gig's figures: 3 hours, 45 € each.
  const boxes = page.locator('main fieldset.section');
  assert.equal(await boxes.count(), 2);
  const first = boxes.nth(0);
  const second = boxes.nth(1);
  assert.equal(await first.locator('input[name^="hours-"]').inputValue(), '3');
  assert.match(await first.locator('input[name^="pay-"]').inputValue(), /^45,00$/);

  // A wrong time is explained next to that person's box, and nothing is saved.
  await first.locator('input[name^="hours-"]').fill('kolme');
  await page.locator('main form button[type="submit"]').click();
  const error = first.locator('.field-error');
  await error.waitFor();
  assert.match(await error.textContent(), /tunteina/);
  await check(page, 'report form with an error');

  await first.locator('input[name^="hours-"]').fill('3,5');
  await first.locator('input[name^="pay-"]').fill('52,50');
  await second.locator('input[value="no_show"]').check();
  await page.locator('main form button[type="submit"]').click();
  await page.locator('main .notice', { hasText: 'Kirjaukset tallennettu' }).waitFor();
  const done = await page.locator('main').textContent();
  assert.match(done, /Aino Laaksonen: Teki keikan,\s+3 h 30 min,\s+52,50\s€/);
  assert.match(done, /Mikko Heinonen: Ei saapunut/);
  await check(page, 'report saved');
  await context.close();
});

test('the seeker confirms the pay, gives feedback and shares a work history anyone with the link can read', async () => {
  const context = await b.phone();
  const page = await context.newPage();
  await signIn(page, 'hakija1@demo.hanttihommat.fi');
  await gotoReady(page, '/my-gigs');
  await check(page, 'my gigs');
  await page.getByRole('link', { name: 'Kirpputorin purku' }).first().click();
  await page.waitForURL(/\/gigs\/[0-9a-f-]+$/);
  const completion = page.locator('section[aria-labelledby="completion-heading"]');
  assert.match(await completion.textContent(), /3 h/);
  assert.match(await completion.textContent(), /45,00\s€/);
  await check(page, 'gig done, pay to confirm');

  // Disputing asks what is wrong; then the seeker confirms instead.
  await page.locator('button[name="answer"][value="dispute"]').click();
  await page.locator('#reason-error').waitFor();
  await page.locator('button[name="answer"][value="confirm"]').click();
  await page.locator('main .notice', { hasText: 'vahvistit tiedot' }).waitFor();
  assert.match(await completion.textContent(), /Vahvistettu/);

  // Feedback: both questions are needed.
  await page.locator('form[action="?/feedback"] button[type="submit"]').click();
  await page.locator('#asDescribed-error').waitFor();
  await check(page, 'feedback with errors');
  await page.locator('input[name="asDescribed"][value="yes"]').check();
  await page.locator('input[name="skillsGrew"][value="somewhat"]').check();
  await page.locator('textarea[name="note"]').fill('Mukava porukka.');
  await page.locator('form[action="?/feedback"] button[type="submit"]').click();
  await page.locator('main .notice', { hasText: 'Kiitos palautteestasi' }).waitFor();

  await gotoReady(page, '/work-history');
  await check(page, 'work history');
  assert.match(await page.locator('main').textContent(), /Kirpputorin purku/);
  await page.locator('form[action="?/share"] button[type="submit"]').click();
  const link = page.locator('#share-link');
  await link.waitFor();
  const url = await link.inputValue();
  assert.match(url, /\/work-history\/[\w-]{32}$/);
  await check(page, 'work history with its link');

  // A stranger, signed out, sees the first name and the gig, never the surname.
  const strangerContext = await b.phone();
  const stranger = await strangerContext.newPage();
  await gotoReady(stranger, url);
  assert.equal((await stranger.locator('main h1').textContent()).trim(), 'Aino: työhistoria');
  assert.match(await stranger.locator('main').textContent(), /Kirpputorin purku/);
  assert.doesNotMatch(await stranger.locator('body').textContent(), /Laaksonen/);
  await check(stranger, 'shared work history');

  // Stopping sharing ends the link.
  await page.locator('form[action="?/stop"] button[type="submit"]').click();
  await page.locator('main .notice', { hasText: 'Jakaminen lopetettu' }).waitFor();
  const gone = await gotoReady(stranger, url);
  assert.equal(gone.status(), 404);
  await strangerContext.close();
  await context.close();
});

test('the organisation gives feedback, which becomes the seeker’s reference', async () => {
  const context = await b.phone();
  const page = await context.newPage();
  await signIn(page, 'yhdistys2@demo.hanttihommat.fi');
  await page.getByRole('link', { name: 'Kirpputorin purku' }).first().click();
  await page.waitForURL(/\/org\/[0-9a-f-]+\/gigs\/[0-9a-f-]+$/);
  await page.getByRole('link', { name: 'Tekijät ja hakijat' }).click();
  await page.waitForURL(/\/people$/);
  await check(page, 'people of a gig');
  await page.getByRole('link', { name: 'Anna palaute: Aino Laaksonen' }).click();
  await page.waitForURL(/\/feedback$/);
  await check(page, 'feedback form');
  await page.locator('input[name="punctuality"][value="5"]').check();
  await page.locator('input[name="quality"][value="4"]').check();
  await page.locator('input[name="skillsShown"]').fill('Kantaminen, oma-aloitteisuus');
  await page.locator('textarea[name="wentWell"]').fill('Työ sujui reippaasti ja huolellisesti.');
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL(/\/people$/);
  assert.match(await page.locator('main .notice').textContent(), /Palaute lähetetty/);
  assert.match(await page.locator('main').textContent(), /Palaute annettu/);
  await context.close();

  const seekerContext = await b.phone();
  const seeker = await seekerContext.newPage();
  await signIn(seeker, 'hakija1@demo.hanttihommat.fi');
  await gotoReady(seeker, '/work-history');
  assert.match(await seeker.locator('main').textContent(), /Työ sujui reippaasti ja huolellisesti/);
  await seekerContext.close();
});

test('without JavaScript: a seeker joins a full gig’s waitlist, gets the place given up, says they are coming, and writes', async () => {
  // hakija7 takes the one place of "Ikkunoiden pesu" (with JavaScript, as most do).
  const firstContext = await b.phone();
  const first = await firstContext.newPage();
  await signIn(first, 'hakija7@demo.hanttihommat.fi');
  await gotoReady(first, '/gigs');
  await first.getByRole('link', { name: 'Ikkunoiden pesu' }).first().click();
  await first.waitForURL(/\/gigs\/[0-9a-f-]+$/);
  const gigPath = new URL(first.url()).pathname;
  await first.locator('form[action="?/book"] button[type="submit"]').click();
  await first.locator('form[action="?/withdraw"]').waitFor();

  // hakija8, without JavaScript, finds it full and joins the waitlist.
  const context = await b.phone({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, 'hakija8@demo.hanttihommat.fi');
  await gotoReady(page, gigPath);
  assert.equal(await page.locator('form[action="?/book"]').count(), 0);
  await page.locator('form[action="?/waitlist"] button[type="submit"]').click();
  await page.waitForLoadState();
  assert.match(await page.locator('main .notice').textContent(), /Olet varasijalla/);

  // hakija7 gives the place up for health reasons; it goes to hakija8 at once.
  await first.locator('input[name="health"]').check();
  await first.locator('form[action="?/withdraw"] button[type="submit"]').click();
  await first.locator('main .notice', { hasText: 'Peruit osallistumisesi' }).waitFor();
  await firstContext.close();

  await gotoReady(page, gigPath);
  assert.match(await page.locator('main').textContent(), /Olet ottanut tämän keikan/);
  await page.locator('form[action="?/coming"] button[type="submit"]').click();
  await page.waitForLoadState();
  assert.match(await page.locator('main .notice').textContent(), /Järjestäjä tietää, että tulet/);
  assert.match(await page.locator('main').textContent(), /Olet vahvistanut tulevasi/);

  await page.getByRole('link', { name: 'Viestit järjestäjän kanssa' }).click();
  await page.waitForURL(/\/messages$/);
  // Only spaces: the browser lets it through (the box is not empty), the server explains it.
  await page.locator('textarea[name="body"]').fill('   ');
  await page.locator('main form button[type="submit"]').click();
  await page.waitForLoadState();
  assert.equal(await page.locator('#body-error').count(), 1, 'an empty message is explained');
  await page.locator('textarea[name="body"]').fill('Hei! Tarvitseeko ottaa omat pesuvälineet?');
  await page.locator('main form button[type="submit"]').click();
  await page.waitForLoadState();
  assert.match(await page.locator('main ol.thread').textContent(), /omat pesuvälineet/);
  await context.close();

  // The household reads it in the gig's conversation and answers.
  const orgContext = await b.phone();
  const org = await orgContext.newPage();
  await signIn(org, 'kotitalous@demo.hanttihommat.fi');
  await org.getByRole('link', { name: 'Ikkunoiden pesu' }).first().click();
  await org.waitForURL(/\/org\/[0-9a-f-]+\/gigs\/[0-9a-f-]+$/);
  await org.getByRole('link', { name: 'Viestit tekijöille' }).click();
  await org.waitForURL(/\/messages$/);
  assert.match(await org.locator('main ol.thread').textContent(), /omat pesuvälineet/);
  await check(org, 'messages of a gig');
  await org.locator('textarea[name="body"]').fill('Ei tarvitse, välineet löytyvät.');
  await org.locator('main form button[type="submit"]').click();
  await org.locator('main ol.thread li', { hasText: 'välineet löytyvät' }).waitFor();
  await orgContext.close();
});
