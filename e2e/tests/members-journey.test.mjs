// An organisation's owner invites a new member by e-mail; the person follows the mailed link on their own
// phone, finishes their account as a member (no organisation of their own is asked) and sees the
// organisation's gigs; the owner then removes them. At 360 px, with axe on every page, without any step that
// needs JavaScript (plain form posts).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, gotoReady, launch, signIn, waitForMail } from '../lib/browser.mjs';

let b;
before(async () => {
  b = await launch();
});
after(async () => {
  await b?.close();
});

test('an owner invites a member who joins by the mailed link, then removes them', async () => {
  const owner = await (await b.phone()).newPage();
  await signIn(owner, 'yhdistys2@demo.hanttihommat.fi');
  const membersHref = await owner
    .locator('a', { hasText: 'Karhuseudun Kisailijat ry: Jäsenet' })
    .first()
    .getAttribute('href');
  assert.match(membersHref, /^\/org\/[0-9a-f-]+\/members$/);
  const orgPath = membersHref.replace(/\/members$/, '');
  await gotoReady(owner, membersHref);
  await check(owner, 'members');
  assert.match(await owner.locator('main').textContent(), /Liisa Lajivastaava/);

  // A bad address: the page says what is wrong, next to the field.
  await owner.locator('input[name="email"]').fill('ei-osoite');
  await owner.locator('form[action="?/invite"] button[type="submit"]').click();
  await owner.locator('#email-error').waitFor();
  await check(owner, 'members with an error');

  const email = `uusi.jasen.${Date.now()}@example.fi`;
  await owner.locator('input[name="email"]').fill(email);
  const sentAt = new Date();
  await owner.locator('form[action="?/invite"] button[type="submit"]').click();
  await owner.locator('main .notice', { hasText: email }).waitFor();
  assert.match(await owner.locator('main').textContent(), new RegExp(email.replace(/[.]/g, '\\.')));

  const mail = await waitForMail(email, { after: sentAt });
  assert.equal(mail.subject, 'Kutsu organisaation jäseneksi Hanttihommiin');
  const link = /\/auth\/verify\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  assert.ok(link, 'the mail has the link');

  const phone = await (await b.phone()).newPage();
  await gotoReady(phone, link);
  await phone.locator('main form[method="post"] button[type="submit"]').click();
  await phone.waitForURL(/\/auth\/finish$/);
  await check(phone, 'finish as a member');
  assert.match(await phone.locator('main').textContent(), /Karhuseudun Kisailijat ry/);
  assert.equal(await phone.locator('input[name="organisationName"]').count(), 0);
  await phone.getByLabel('Nimi', { exact: true }).fill('Uusi Jäsen');
  await phone.locator('main form button[type="submit"]').click();
  await phone.waitForURL((u) => !u.pathname.startsWith('/auth/'));
  await gotoReady(phone, `${orgPath}/gigs`);
  assert.equal(await phone.locator('h1').count(), 1);
  await check(phone, "the new member sees the organisation's gigs");

  await gotoReady(owner, membersHref);
  await owner.getByRole('button', { name: 'Poista Uusi Jäsen' }).click();
  await owner.locator('main .notice', { hasText: 'Uusi Jäsen ei ole enää jäsen.' }).waitFor();
  await check(owner, 'members after removing');
  const gone = await phone.goto(`${orgPath}/gigs`);
  assert.equal(gone.status(), 403);
});
