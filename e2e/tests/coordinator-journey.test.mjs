// A coordinator meets a person who has no e-mail address, registers them and prints their sign-in code; the
// person signs in with it on their own phone. The coordinator sees on the dashboard a seeker over 80 % of a
// limit, opens that seeker and records a step of their path, then runs the month's report and downloads its
// CSV, whose paid total is the one on the screen. The new seeker answers their first work-ability
// self-assessment. At 360 px, with axe on every page.
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

test('a coordinator registers a seeker without e-mail, who signs in with the printed code', async () => {
  const desk = await (await b.phone()).newPage();
  await signIn(desk, 'koordinaattori@demo.hanttihommat.fi');
  await gotoReady(desk, '/coordinator/seekers/new');
  await check(desk, 'register a seeker');
  await desk.locator('input[name="name"]').fill('Ville Vieras');
  await desk.locator('main form button[type="submit"]').click();
  const codeText = desk.getByTestId('sign-in-code');
  await codeText.waitFor();
  const code = (await codeText.textContent()).trim();
  assert.match(code, /^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  assert.equal(await desk.locator('.print-card .qr svg').count(), 1);
  await check(desk, 'printed code');

  // A wrong code is explained next to its box.
  const phone = await (await b.phone()).newPage();
  await gotoReady(phone, '/sign-in');
  await phone.locator('#code-code').fill('AAAAA-AAAAA');
  await phone.locator('form[action="/sign-in/code"] button[type="submit"]').click();
  await phone.waitForURL(/\/sign-in\/code/);
  await phone.locator('#code-error').waitFor();
  await check(phone, 'sign-in code with an error');

  // The QR code opens the sign-in page with the code filled in: one press signs in.
  await gotoReady(phone, `/sign-in/code?code=${encodeURIComponent(code)}`);
  assert.equal(await phone.locator('input[name="code"]').inputValue(), code);
  await phone.locator('main form button[type="submit"]').click();
  await phone.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  await gotoReady(phone, '/profile');
  await check(phone, 'profile without e-mail');
  assert.match(await phone.locator('main').textContent(), /Tililläsi ei ole sähköpostiosoitetta/);

  // The new seeker answers their first work-ability self-assessment on the phone.
  await gotoReady(phone, '/work-ability');
  await check(phone, 'work-ability self-assessment');
  assert.match(await phone.locator('main').textContent(), /Nyt on aika vastata/);
  for (const [q, n] of [
    ['coping', 3],
    ['routines', 2],
    ['confidence', 3],
    ['skills', 4],
  ])
    await phone.locator(`input[name="${q}"][value="${n}"]`).check();
  await phone.locator('main form button[type="submit"]').click();
  await phone.locator('main .notice', { hasText: 'Vastaukset tallennettu' }).waitFor();
  assert.match(
    await phone.locator('section, .table-wrap').filter({ hasText: 'Yhteensä' }).first().textContent(),
    /12/,
  );

  // The code works once.
  const other = await (await b.phone()).newPage();
  await gotoReady(other, `/sign-in/code?code=${encodeURIComponent(code)}`);
  await other.locator('main form button[type="submit"]').click();
  await other.locator('#code-error').waitFor();
});

test('a coordinator sees a seeker over 80 %, records a path step, and downloads the month’s report', async () => {
  const page = await (await b.phone()).newPage();
  await signIn(page, 'koordinaattori@demo.hanttihommat.fi');
  await gotoReady(page, '/coordinator');
  await check(page, 'dashboard');
  const watch = page
    .locator('section, .table-wrap')
    .filter({ has: page.locator('text=Jari Mäkelä') })
    .first();
  await watch.waitFor();
  const row = page.locator('tr', { hasText: 'Jari Mäkelä' }).filter({ hasText: 'Yli 80 %' }).first();
  await row.getByRole('link', { name: 'Jari Mäkelä' }).click();
  await page.waitForURL(/\/coordinator\/seekers\/[0-9a-f-]+$/);
  await check(page, 'seeker page');
  assert.match(await page.locator('main').textContent(), /260,00\s€/);

  await page.locator('select[name="step"]').selectOption('first_gig');
  await page.locator('textarea[name="note"]').fill('Muuttokeikka meni hyvin.');
  await page.locator('form[action="?/note"] button[type="submit"]').click();
  await page.locator('main .notice', { hasText: 'Vaihe on kirjattu' }).waitFor();
  const path = page.locator('section[aria-labelledby="path-heading"] table');
  assert.match(await path.textContent(), /Ensimmäinen keikka/);
  assert.match(await path.textContent(), /Muuttokeikka meni hyvin/);

  await gotoReady(page, '/coordinator/reports');
  await check(page, 'report');
  const paidRow = page.locator('section.report tr', { hasText: 'Maksettu' });
  const onScreen = (await paidRow.locator('td').textContent()).replace(/\s/g, '').replace('€', '');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Lataa CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8').replace('\uFEFF', '');
  const cells = Object.fromEntries(
    csv
      .trim()
      .split('\r\n')
      .map((line) => line.split(';'))
      .map(([key, , value]) => [key, value]),
  );
  assert.equal(cells.paidCents, onScreen);
  assert.ok(Number(cells.paidCents.replace(',', '.')) >= 260, `paid ${cells.paidCents}`);
  assert.ok(Number(cells.participants) >= 1);
});

test('a coordinator adds a version of a limit rule from a day on, and sees it in the rule and its trail', async () => {
  const page = await (await b.phone()).newPage();
  await signIn(page, 'koordinaattori@demo.hanttihommat.fi');
  await gotoReady(page, '/coordinator/rules');
  await check(page, 'limit rules');
  const rule = page.locator('section.rule', {
    has: page.locator('input[name="key"][value="programme_cap"]'),
  });
  await rule.locator('summary').click();
  await rule.locator('input[name="validFrom"]').fill('31.2.2031');
  await rule.locator('input[name="amount"]').fill('400');
  await rule.locator('select[name="effect"]').selectOption('none');
  await rule.locator('textarea[name="note"]').fill('Hankkeen katto nostettu');
  await rule.locator('button[type="submit"]').click();
  await page.locator('#programme_cap-validFrom-error').waitFor();
  await check(page, 'limit rules with an error');
  const again = page.locator('section.rule', {
    has: page.locator('input[name="key"][value="programme_cap"]'),
  });
  await again.locator('input[name="validFrom"]').fill('1.1.2031');
  await again.locator('button[type="submit"]').click();
  await again.locator('.notice', { hasText: '1.1.2031' }).waitFor();
  const text = await again.textContent();
  assert.match(text, /Voimassa 1\.1\.2031 alkaen/);
  assert.match(text, /lisäsi version 1\.1\.2031 alkaen, raja 400,00\s€/);
  assert.match(text, /Hankkeen katto nostettu/);
});
