// A seeker fills in the work profile on a 360 px phone: a wrong postal code is explained next to its box,
// then everything is kept. Also without JavaScript. axe checks every page on the way.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  chooseFinnish,
  gotoReady,
  expectAccessible,
  expectNoHorizontalScroll,
  launch,
  signIn,
} from '../lib/browser.mjs';

let b;
before(async () => {
  b = await launch();
});
after(async () => {
  await b?.close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`a seeker fills in the work profile${javaScriptEnabled ? '' : ' without JavaScript'}`, async () => {
    const context = await b.phone({ javaScriptEnabled });
    const page = await context.newPage();
    await chooseFinnish(page); // hakija9 reads Swedish
    await signIn(page, javaScriptEnabled ? 'hakija9@demo.hanttihommat.fi' : 'hakija10@demo.hanttihommat.fi');
    await gotoReady(page, '/work-profile');
    if (javaScriptEnabled) {
      await expectAccessible(page, 'work profile');
      await expectNoHorizontalScroll(page, 'work profile');
    }
    await page.locator('input[name="categories"][value="yard"]').check();
    await page.locator('input[name="postalCodes"]').fill('28100, 281');
    await page.locator('input[name="travel"][value="nearby"]').check();
    await page.locator('input[name="availability"][value="sat-am"]').check();
    await page.locator('input[name="availability"][value="sun-pm"]').check();
    await page.locator('input[name="daysOff"]').fill('24.12.2026');
    await page.locator('input[name="skills"]').fill('haravointi, ajokortti');
    await page.locator('input[name="languages"][value="fi"]').check();
    await page.locator('input[name="maxLoad"][value="moderate"]').check();
    await page.locator('input[name="wantsSupported"]').check();
    await page.locator('input[name="birthYear"]').fill('2001');
    await page.locator('main form button[type="submit"]').click();
    await page.locator('#postalCodes-error').waitFor();
    // What was typed stays, so only the wrong box needs fixing.
    assert.equal(await page.locator('input[name="skills"]').inputValue(), 'haravointi, ajokortti');
    assert.ok(await page.locator('input[name="availability"][value="sun-pm"]').isChecked());
    if (javaScriptEnabled) await expectAccessible(page, 'work profile with an error');

    await page.locator('input[name="postalCodes"]').fill('28100, 28130');
    await page.locator('main form button[type="submit"]').click();
    await page.locator('main .notice', { hasText: 'tallennettu' }).waitFor();
    await gotoReady(page, '/work-profile');
    assert.equal(await page.locator('input[name="postalCodes"]').inputValue(), '28100, 28130');
    assert.equal(await page.locator('input[name="daysOff"]').inputValue(), '24.12.2026');
    assert.ok(await page.locator('input[name="availability"][value="sat-am"]').isChecked());
    assert.ok(await page.locator('input[name="wantsSupported"]').isChecked());
    assert.ok(await page.locator('input[name="maxLoad"][value="moderate"]').isChecked());
    await context.close();
  });
}
