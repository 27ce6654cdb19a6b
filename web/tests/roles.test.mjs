// Screens are offered only to the roles that may use them, and the API refuses the rest: a role that may
// not score sees no scoring control and gets 403 when it calls the scoring API with its own token.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { bearerOf, closeBrowser, open, pageAs } from './support.mjs';

after(closeBrowser);

test('an author is offered no scoring screen and no scoring control', async () => {
  const page = await pageAs('author', '/');
  const nav = await page.locator('#navigation').innerText();
  assert.match(nav, /Narratives/);
  assert.doesNotMatch(nav, /Review|Moderation|Leadership review|Cycles and rounds/);
  await open(page, '/reviewer');
  assert.match(await page.locator('main h1').innerText(), /You cannot see this page/);
  assert.equal(await page.locator('input[name="colour"], [data-testid="submit-score"]').count(), 0);
  await page.context().close();
});

test("the author's own token gets 403 from the scoring API", async () => {
  const page = await pageAs('author', '/');
  const authorization = await bearerOf(page);
  const rounds = await page.request.get('/api/scoring/rounds?size=1', { headers: { Authorization: authorization } });
  assert.equal(rounds.status(), 200, 'the author may read rounds');
  const roundId = (await rounds.json()).items[0]?.roundId ?? 'none';
  const score = await page.request.put(`/api/scoring/rounds/${roundId}/scores/CI010`, {
    headers: { Authorization: authorization, 'If-Match': '"0"', 'Content-Type': 'application/json' },
    data: { colour: 'DARK_GREEN', rationale: 'not mine to give', evidenceSampled: [] },
  });
  assert.equal(score.status(), 403);
  await page.context().close();
});

test('a reviewer sees the review queue but no planner screen', async () => {
  const page = await pageAs('reviewer-ci', '/');
  const nav = await page.locator('#navigation').innerText();
  assert.match(nav, /Review/);
  assert.doesNotMatch(nav, /Cycles and rounds|Narratives/);
  await page.context().close();
});

test('signing out ends the session: the next visit asks for a login again', async () => {
  const page = await pageAs('auditor', '/');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((u) => u.pathname === '/' || u.pathname.includes('/realms/'));
  await page.goto('/');
  await page.waitForSelector('#username');
  await page.context().close();
});
