// The Sector benchmark screens: no WCAG 2.2 AA violation as a role that may only read and as the admin who joins;
// joining and leaving work by keyboard alone; a council that does not share is told how to join and sees no counts;
// the public page needs no login. The demo council is left as it was (not sharing: the authorization matrix
// expects that).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { anonymousPage, checkAccessibility, closeBrowser, pageAs, settled } from './support.mjs';

after(closeBrowser);

/** Tabs until the focused element's text matches, then presses Enter on it. */
async function tabToAndPress(page, text) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text.test(focused)) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  assert.fail(`nothing matching ${text} is reachable by Tab`);
}

test('a council that does not share is told how to join and sees no counts (as the auditor)', async () => {
  const page = await pageAs('auditor', '/benchmark');
  await settled(page);
  assert.match(await page.locator('[data-testid="sharing"]').innerText(), /Does not share/);
  assert.match(await page.locator('[data-testid="not-shared"]').innerText(), /admin can join/);
  assert.equal(await page.locator('table').count(), 0);
  assert.equal(await page.getByRole('button', { name: /Join the sector benchmark/ }).count(), 0, 'only the admin joins');
  await checkAccessibility(page, 'benchmark-not-shared');
  await page.context().close();
});

test('the admin joins and leaves by keyboard, and the benchmark explains what it does not show', async () => {
  const page = await pageAs('admin', '/benchmark');
  await settled(page);
  assert.match(await page.locator('[data-testid="sharing"]').innerText(), /Does not share/);
  await tabToAndPress(page, /^Join the sector benchmark$/);
  await page.waitForSelector('[data-testid="saved"]');
  try {
    assert.match(await page.locator('[data-testid="sharing"]').innerText(), /Shares its final colours/);
    // One demo council shares: every characteristic is suppressed, with the reason in words.
    assert.match(await page.locator('[data-testid="benchmark-sentence"]').innerText(), /Fewer than 5 councils/);
    assert.match(await page.locator('[data-testid="suppressed"]').first().innerText(), /Not shown: Fewer than 5 councils/);
    assert.match(await page.locator('[data-testid="standing"]').first().innerText(), /Yours is|no final colour/);
    const headers = await page.locator('[data-testid^="benchmark-"] thead th').allInnerTexts();
    for (const colour of ['Dark green', 'Light green', 'Yellow', 'Amber', 'Red', 'Grey']) {
      assert.ok(headers.some((h) => h.includes(colour)), `the ${colour} column is named in words`);
    }
    await checkAccessibility(page, 'benchmark', { fullPage: false });
  } finally {
    await tabToAndPress(page, /^Leave the sector benchmark$/);
    await page.waitForFunction(() => document.querySelector('[data-testid="sharing"]')?.textContent?.includes('Does not share'));
  }
  await page.context().close();
});

test('the public benchmark needs no login and has no standing', async () => {
  const page = await anonymousPage('/public/benchmark');
  await settled(page);
  assert.match(await page.locator('main h1').innerText(), /Sector benchmark/);
  assert.match(await page.locator('[data-testid="benchmark-sentence"]').innerText(), /statutory-2024/);
  assert.equal(await page.locator('[data-testid="standing"]').count(), 0);
  await checkAccessibility(page, 'public-benchmark');
  await page.context().close();
});
