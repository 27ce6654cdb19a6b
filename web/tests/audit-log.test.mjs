// The audit log screen, as the auditor: no WCAG 2.2 AA violation (axe), in the auditor's navigation only, its
// filters work by keyboard alone, and a CSV download is itself recorded in the log.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { checkAccessibility, closeBrowser, pageAs, settled } from './support.mjs';

after(closeBrowser);

test('the audit log has no accessibility violations and is in the auditor\'s navigation only', async () => {
  const page = await pageAs('auditor', '/audit-log');
  await settled(page);
  assert.equal(await page.locator('main h1').innerText(), 'Audit log');
  assert.match(await page.locator('#navigation').innerText(), /Audit log/);
  assert.ok(await page.locator('[data-testid="audit-log"] tbody tr').count() > 0, 'the log lists entries');
  await checkAccessibility(page, 'audit-log', { fullPage: true });
  await page.context().close();

  const planner = await pageAs('planner', '/');
  assert.doesNotMatch(await planner.locator('#navigation').innerText(), /Audit log/);
  await planner.context().close();
});

test('the audit log filters by keyboard alone: choose an event type, apply, the table shows only that type', async () => {
  const page = await pageAs('auditor', '/audit-log');
  await settled(page);
  await page.locator('#al-actor').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'al-type');
  await page.keyboard.press('ArrowDown'); // past "Any event" to the first type
  const chosen = await page.locator('#al-type').inputValue();
  // Tab on to the Apply button and press it.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Apply filters')) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Apply filters');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`type=${chosen}`));
  await settled(page);
  const words = chosen.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const events = await page.locator('[data-testid="audit-log"] tbody tr td:nth-child(3)').allInnerTexts();
  for (const e of events) assert.equal(e.toLowerCase(), words);
  await page.context().close();
});

test('a CSV download of the log is recorded in the log', async () => {
  const page = await pageAs('auditor', '/audit-log');
  await settled(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  assert.ok(file.suggestedFilename().endsWith('.csv'), file.suggestedFilename());
  assert.ok(statSync(await file.path()).size > 100, 'the CSV has content');
  await page.goto('/audit-log?type=DocumentExported');
  await settled(page);
  assert.match(await page.locator('[data-testid="audit-log"] tbody').innerText(), /Export of audit-log/);
  await page.context().close();
});
