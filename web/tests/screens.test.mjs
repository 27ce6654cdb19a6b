// Every screen as the role that uses it: axe-core finds no WCAG 2.2 AA violation, and a screenshot goes to
// docs/screens/. Also: the dashboard works by keyboard alone, and it is usable quickly with few API calls.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { anonymousPage, checkAccessibility, closeBrowser, demoCyclesAsPlanner, open, pageAs, recordMetric, settled } from './support.mjs';

let cycles;
before(async () => {
  cycles = await demoCyclesAsPlanner();
});
after(closeBrowser);

const SCREENS = [
  ['dashboard', 'planner', () => `/?cycle=${cycles[2024].cycleId}`],
  ['characteristic', 'auditor', () => `/cycles/${cycles[2024].cycleId}/characteristics/CI010`],
  ['author', 'author', () => `/author?cycle=${cycles[2025].cycleId}`],
  ['author-edit', 'author', () => `/author/${cycles[2025].cycleId}/CI011`],
  ['evidence', 'author', () => '/evidence'],
  ['planner', 'planner', () => '/planner'],
  ['reviewer', 'reviewer-ci', () => '/reviewer'],
  ['moderator', 'moderator', () => '/moderator'],
  ['leadership', 'leadership', () => '/leadership'],
  ['action-plan', 'action-owner-finance', () => `/action-plan?cycle=${cycles[2024].cycleId}`],
  ['year-on-year', 'leadership', () => `/year-on-year?cycle=${cycles[2025].cycleId}`],
  ['exports', 'planner', () => `/exports?cycle=${cycles[2024].cycleId}`],
];

for (const [name, user, path] of SCREENS) {
  test(`${name} has no accessibility violations (as ${user})`, async () => {
    const page = await pageAs(user, path());
    await settled(page);
    assert.doesNotMatch(await page.locator('main h1').innerText(), /problem|cannot see|not found/i);
    await checkAccessibility(page, name, { fullPage: name === 'dashboard' });
    await page.context().close();
  });
}

test('public pages have no accessibility violations (no login)', async () => {
  const page = await anonymousPage('/public/demo-borough');
  await settled(page);
  await checkAccessibility(page, 'public');
  await page.locator('[data-testid="published-cycles"] a').first().click();
  await settled(page);
  await checkAccessibility(page, 'public-cycle', { fullPage: true });
  await page.context().close();
});

test('the heat-map works by keyboard alone: skip link, then a cell opens its characteristic', async () => {
  const page = await pageAs('planner', `/?cycle=${cycles[2024].cycleId}`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Skip to main content');
  await page.keyboard.press('Enter');
  // Tab on until a heat-map cell has the focus, then open it.
  let code = null;
  for (let i = 0; i < 60 && !code; i++) {
    await page.keyboard.press('Tab');
    code = await page.evaluate(() => document.activeElement?.closest('td[data-code]')?.getAttribute('data-code') ?? null);
  }
  assert.ok(code, 'a heat-map cell is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/characteristics/${code}$`));
  await settled(page);
  assert.match(await page.locator('main h1').innerText(), new RegExp(code));
  await page.context().close();
});

test('the exports download the heat-map as CSV and the committee pack as PDF', async () => {
  const page = await pageAs('planner', `/exports?cycle=${cycles[2024].cycleId}`);
  for (const [label, ext] of [['Download Heat-map (CSV)', '.csv'], ['Download Committee pack (PDF)', '.pdf'], ['Download Heat-map with summary (Excel)', '.xlsx'], ['Download Heat-map (SVG image)', '.svg']]) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: label }).click();
    const file = await download;
    assert.ok(file.suggestedFilename().endsWith(ext), `${label}: ${file.suggestedFilename()}`);
    const path = await file.path();
    assert.ok(statSync(path).size > 100, `${label} has content`);
    if (ext === '.pdf') assert.equal(readFileSync(path).subarray(0, 4).toString(), '%PDF');
  }
  await page.context().close();
});

test('the exports download the position statement book (PDF and Word), the progress report and a theme pack', async () => {
  const page = await pageAs('planner', `/exports?cycle=${cycles[2024].cycleId}`);
  await settled(page);
  const documents = page.getByTestId('committee-documents');
  for (const [label, ext, magic] of [['Download Position statement book (PDF)', '.pdf', '%PDF'], ['Download Position statement book (Word)', '.docx', 'PK'],
    ['Download Progress report on the action plan (PDF)', '.pdf', '%PDF'], ['Download Continuous Improvement theme pack (PDF)', '.pdf', '%PDF']]) {
    const button = documents.getByRole('button', { name: label });
    // Each button is described by its file type and size hint.
    assert.match(await button.getAttribute('aria-describedby'), /dl-doc-hint-/);
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await button.click();
    const file = await download;
    assert.ok(file.suggestedFilename().endsWith(ext), `${label}: ${file.suggestedFilename()}`);
    const path = await file.path();
    assert.equal(readFileSync(path).subarray(0, magic.length).toString(), magic, `${label} is a ${ext} file`);
  }
  await checkAccessibility(page, 'exports-committee-documents');
  await page.context().close();
});

test('the dashboard is usable within 1.5 s of navigation with at most two API calls', async () => {
  const page = await pageAs('planner', '/');
  await settled(page);
  const calls = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) calls.push(path);
  });
  const started = Date.now();
  await page.goto(`/?cycle=${cycles[2024].cycleId}`);
  await page.waitForSelector('[data-testid="heat-map"] td[data-code]');
  const elapsed = Date.now() - started;
  const navigation = await page.evaluate(() => performance.getEntriesByName('bv:dashboard-ready')[0]?.startTime ?? null);
  recordMetric('dashboard', { msFromNavigation: elapsed, msInPage: navigation && Math.round(navigation), apiCalls: calls });
  assert.ok(calls.length <= 2, `API calls: ${calls.join(', ')}`);
  assert.ok(elapsed < 1500, `dashboard took ${elapsed} ms`);
  await page.context().close();
});

test('the bundle stays small', () => {
  const dir = fileURLToPath(new URL('../dist/static/', import.meta.url));
  const files = readdirSync(dir);
  const size = (ext) => files.filter((f) => f.endsWith(ext)).reduce((n, f) => n + statSync(dir + f).size, 0);
  const gzip = (ext) => files.filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzipSync(readFileSync(dir + f)).length, 0);
  const entry = readFileSync(fileURLToPath(new URL('../dist/index.html', import.meta.url)), 'utf8');
  const first = [...entry.matchAll(/static\/[^"]+\.(?:js|css)/g)].map((m) => m[0].slice('static/'.length));
  const firstGzip = first.reduce((n, f) => n + gzipSync(readFileSync(dir + f)).length, 0);
  recordMetric('bundle', { jsBytes: size('.js'), jsGzip: gzip('.js'), cssBytes: size('.css'), cssGzip: gzip('.css'), firstLoadFiles: first, firstLoadGzip: firstGzip });
  assert.ok(firstGzip < 150_000, `first load is ${firstGzip} bytes gzipped`);
});
