// Shared by the browser tests: Debian's Chromium driven by playwright-core, one logged-in context per
// demo user (logged in once through the real Keycloak page, then reused from its storage state), axe.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

export const BASE = process.env.BV_WEB_URL ?? 'http://localhost:8080';
export const PASSWORD = process.env.BV_DEMO_PASSWORD ?? 'demo';
const root = (p) => fileURLToPath(new URL(p, import.meta.url));
export const SCREENS_DIR = root('../../docs/screens/');
export const REPORTS_DIR = root('../test-reports/');

/** Demo users as the realm file declares them (ids are the token subjects the APIs record). */
const realm = JSON.parse(readFileSync(root('../../deploy/keycloak/bestvalue-realm.json'), 'utf8'));
export function userId(username) {
  const u = realm.users.find((x) => x.username === username);
  assert.ok(u, `no demo user ${username}`);
  return u.id;
}

let browser;
export async function launch() {
  browser ??= await chromium.launch({ executablePath: process.env.BV_CHROMIUM ?? '/usr/bin/chromium' });
  return browser;
}

const states = new Map();

/** A page logged in as `username`: the first time through Keycloak's login form, then from storage state. */
export async function pageAs(username, path = '/') {
  const b = await launch();
  const context = await b.newContext({ baseURL: BASE, storageState: states.get(username), acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(path);
  if (!states.has(username)) {
    await page.waitForSelector('#username');
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await page.click('#kc-login');
    states.set(username, await waitForApp(page, context));
  }
  await page.waitForSelector('[data-testid="user"]');
  await page.waitForFunction(() => !document.querySelector('main[aria-busy]'));
  return page;
}

async function waitForApp(page, context) {
  await page.waitForURL((url) => url.origin === new URL(BASE).origin);
  await page.waitForSelector('[data-testid="user"]');
  return context.storageState();
}

export async function anonymousPage(path) {
  const b = await launch();
  const context = await b.newContext({ baseURL: BASE, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** Navigates inside the app and waits until the screen has rendered. */
export async function open(page, path) {
  await page.goto(path);
  await settled(page);
}

export async function settled(page) {
  await page.waitForSelector('main h1');
  await page.waitForFunction(() => !document.querySelector('main[aria-busy]'));
}

/** axe-core over the whole page against WCAG 2.2 AA; a screenshot goes to docs/screens/<name>.png. */
export async function checkAccessibility(page, name, { fullPage = false } = {}) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  mkdirSync(SCREENS_DIR, { recursive: true });
  // The first screenful (1280 × 900) keeps the committed pictures small; the heat-map pages show it all.
  await page.screenshot({ path: `${SCREENS_DIR}${name}.png`, fullPage });
  recordMetric(`axe.${name}`, { violations: results.violations.length, passes: results.passes.length });
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  assert.deepEqual(summary, [], `axe found violations on ${name}`);
}

const metricsFile = `${REPORTS_DIR}metrics.json`;
export function recordMetric(key, value) {
  mkdirSync(REPORTS_DIR, { recursive: true });
  let all = {};
  try {
    all = JSON.parse(readFileSync(metricsFile, 'utf8'));
  } catch {
    /* first metric */
  }
  all[key] = value;
  writeFileSync(metricsFile, JSON.stringify(all, null, 2) + '\n');
}

export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
  states.clear();
}

/** The 2024 (published) and 2025 cycles of the demo data, as the reports list them. */
export async function demoCycles(page) {
  const token = await bearerOf(page, '/api/reporting/reports/cycles');
  const res = await page.request.get('/api/reporting/reports/cycles?size=200', { headers: { Authorization: token } });
  assert.equal(res.status(), 200);
  const items = (await res.json()).items;
  const byYear = Object.fromEntries(items.map((c) => [c.year, c]));
  assert.ok(byYear[2024] && byYear[2025], 'the demo data has the 2024 and 2025 cycles');
  return byYear;
}

/** The demo cycles as a planner sees them, read through a page of its own that is closed again. */
export async function demoCyclesAsPlanner() {
  const page = await pageAs('planner');
  try {
    return await demoCycles(page);
  } finally {
    await page.context().close();
  }
}

/** The Authorization header the app itself sends (the token it got through PKCE), captured from a request
 * of the dashboard. */
export async function bearerOf(page, pathPrefix = '/api/') {
  const seen = page.waitForRequest((r) => new URL(r.url()).pathname.startsWith(pathPrefix) && !!r.headers()['authorization']);
  await page.goto('/');
  const request = await seen;
  await settled(page);
  return request.headers()['authorization'];
}
