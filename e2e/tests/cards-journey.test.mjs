// "I can help with" cards: a seeker publishes a card on a 360 px phone; a verified organisation finds it by
// area and kind of work, sees the first name only, and invites the seeker to its own new gig; the seeker gets
// the notice and it leads to the gig, where they can take it. Then the seeker hides the card without
// JavaScript and the organisation no longer finds it. axe checks every page on the way.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, fillGigForm, gotoReady, helsinki, launch, signIn } from '../lib/browser.mjs';

const SEEKER = 'hakija6@demo.hanttihommat.fi'; // Oleksandr Melnyk, reads English
const ORG = 'yhdistys2@demo.hanttihommat.fi'; // Karhuseudun Kisailijat ry, verified
const AREA = '28999';

let b;
before(async () => {
  b = await launch();
});
after(async () => {
  await b?.close();
});

const cardText = `Kannan huonekaluja ja autan muutoissa ${Date.now()}`;

/** The organisation's cards page filtered to the journey's area and kind of work. */
async function findCards(page, orgBase) {
  await gotoReady(page, `${orgBase}/cards`);
  await page.locator('input[name="area"]').fill(AREA);
  await page.locator('select[name="category"]').selectOption('moving');
  await page.locator('form.filter button[type="submit"]').click();
  await page.waitForURL(/area=28999/);
  await page.waitForLoadState('networkidle');
}

test('a seeker publishes a card, a verified organisation finds it and invites them, and the seeker is told', async () => {
  // The seeker writes the card: a wrong postal code is explained next to its box, then the card is published.
  const seekerContext = await b.phone();
  const seeker = await seekerContext.newPage();
  await signIn(seeker, SEEKER);
  await seeker.locator('header nav a[href="/my-card"]').waitFor({ state: 'attached' });
  await gotoReady(seeker, '/my-card');
  await check(seeker, 'my card');
  await seeker.locator('textarea[name="text"]').fill(cardText);
  await seeker.locator('input[name="categories"][value="moving"]').check();
  await seeker.locator('input[name="postalCodes"]').fill('289');
  await seeker.locator('input[name="district"]').fill('Koivula');
  await seeker.locator('input[name="weekdays"][value="sat"]').check();
  await seeker.locator('input[name="times"]').fill('Lauantaisin');
  await seeker.locator('form[action="?/save"] button[type="submit"]').click();
  await seeker.locator('#postalCodes-error').waitFor();
  // What was typed stays, so only the wrong box needs fixing.
  assert.equal(await seeker.locator('textarea[name="text"]').inputValue(), cardText);
  assert.ok(await seeker.locator('input[name="weekdays"][value="sat"]').isChecked());
  await check(seeker, 'my card with an error');

  await seeker.locator('input[name="postalCodes"]').fill(AREA);
  await seeker.locator('input[name="visible"][value="yes"]').check();
  await seeker.locator('form[action="?/save"] button[type="submit"]').click();
  await seeker.locator('main .notice[role="status"]').waitFor();
  assert.ok(await seeker.locator('form[action="?/visibility"]').isVisible());
  await check(seeker, 'my card, published');

  // The organisation posts a gig, then finds the card by area and kind of work.
  const orgContext = await b.phone();
  const org = await orgContext.newPage();
  await signIn(org, ORG);
  const orgBase = new URL(org.url()).pathname.replace(/\/gigs$/, '');
  assert.match(orgBase, /^\/org\/[0-9a-f-]+$/);
  const title = `Tuolien kantaminen ${Date.now()}`;
  const start = helsinki(3 * 24 * 60);
  const end = helsinki(3 * 24 * 60 + 120);
  await gotoReady(org, `${orgBase}/gigs/new`);
  await fillGigForm(org, {
    title,
    description: 'Kannetaan tuolit salista varastoon.',
    category: 'moving',
    district: 'Pori, Koivula',
    postalCode: AREA,
    start,
    end,
    pay: '40',
    places: '2',
  });
  await org.locator('button[name="publish"][value="true"]').click();
  await org.waitForURL(/\/org\/[0-9a-f-]+\/gigs\/[0-9a-f-]+$/);
  const gigId = new URL(org.url()).pathname.split('/').pop();

  await findCards(org, orgBase);
  await check(org, 'cards');
  const card = org.locator('main li.card', { hasText: cardText });
  await card.waitFor();
  const shown = await card.textContent();
  assert.match(shown, /Oleksandr/);
  assert.doesNotMatch(shown, /Melnyk|hakija6/, 'the card shows the first name only');
  assert.doesNotMatch(await org.locator('main').textContent(), /Melnyk|hakija6@/);

  await card.locator('select[name="gigId"]').selectOption(gigId);
  await card.locator('button[type="submit"]').click();
  await org.locator('main li.card .notice[role="status"]').waitFor();
  await check(org, 'cards, invited');
  // Inviting again to the same gig says so, and sends nothing new.
  const again = org.locator('main li.card', { hasText: cardText });
  await again.locator('select[name="gigId"]').selectOption(gigId);
  await again.locator('button[type="submit"]').click();
  await org.locator('main li.card .notice', { hasText: /jo kutsuttu|already been invited/ }).waitFor();

  // The seeker is told (in the page's language) and the notice leads to the gig, where they can take it.
  const deadline = Date.now() + 20000;
  // The new gig may reach them as a match too: the invitation is a notice of its own.
  const notice = seeker
    .locator('main ul.notifications li', { hasText: title })
    .filter({ hasText: /Karhuseudun Kisailijat ry (kutsuu sinut keikalle|invites you to a gig)/ });
  for (;;) {
    await gotoReady(seeker, '/notifications');
    if ((await notice.count()) > 0) break;
    assert.ok(Date.now() < deadline, 'the invitation appears in the app within 20 s');
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.equal(await notice.count(), 1, 'one notice however often the organisation invites');
  await check(seeker, 'notifications with the invitation');
  await notice.locator('button[type="submit"]').click();
  await seeker.waitForURL(new RegExp(`/gigs/${gigId}$`));
  assert.ok(await seeker.locator('form[action="?/book"]').isVisible(), 'the gig can be taken as usual');
  await check(seeker, 'invited gig');
  await gotoReady(seeker, '/my-card');
  assert.match(await seeker.locator('main').textContent(), new RegExp(title));

  await seekerContext.close();
  await orgContext.close();
});

test('the seeker hides the card without JavaScript, and organisations no longer find it', async () => {
  const seekerContext = await b.phone({ javaScriptEnabled: false });
  const seeker = await seekerContext.newPage();
  await signIn(seeker, SEEKER);
  await seeker.goto('/my-card');
  await seeker.locator('form[action="?/visibility"] button[type="submit"]').click();
  await seeker.locator('main .notice[role="status"]').waitFor();
  assert.ok(await seeker.locator('input[name="visible"][value="no"]').isChecked());

  const orgContext = await b.phone();
  const org = await orgContext.newPage();
  await signIn(org, ORG);
  await findCards(org, new URL(org.url()).pathname.replace(/\/gigs$/, ''));
  assert.equal(await org.locator('main li.card', { hasText: cardText }).count(), 0);

  // Shown again, without JavaScript: found again.
  await seeker.goto('/my-card');
  await seeker.locator('form[action="?/visibility"] button[type="submit"]').click();
  await seeker.locator('main .notice[role="status"]').waitFor();
  await findCards(org, new URL(org.url()).pathname.replace(/\/cards$/, ''));
  assert.equal(await org.locator('main li.card', { hasText: cardText }).count(), 1);
  await seekerContext.close();
  await orgContext.close();
});
