// Reviewers' comments on a narrative, on the characteristic page: the demo's threads (a quoted passage as an inset,
// resolved ones collapsed) pass axe; a reviewer comments by keyboard alone, a wrong quote is an error summary that
// links to the field, the author replies and resolves, and the heat-map cell says "1 open comment" in words.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { checkAccessibility, closeBrowser, demoCyclesAsPlanner, pageAs, settled } from './support.mjs';

const RUN = Date.now().toString(36);
// A characteristic the demo's reviewers did not comment on; its narrative is the carried-forward draft.
const CODE = 'CI002';
let cycles;

before(async () => {
  cycles = await demoCyclesAsPlanner();
});
after(closeBrowser);

const characteristic = (code) => `/cycles/${cycles[2025].cycleId}/characteristics/${code}`;

/** Presses Tab until the element matching `selector` has the focus. */
async function tabTo(page, selector, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`${selector} is not reachable by Tab`);
}

test("the demo's comments show the quoted passage as an inset and resolved ones collapsed, with no axe violation", async () => {
  const page = await pageAs('auditor', characteristic('CI001'));
  await settled(page);
  const thread = page.locator('[data-testid="thread"]').first();
  assert.match(await thread.innerText(), /link them as evidence/);
  assert.match(await thread.locator('[data-testid="quote"]').innerText(), /initial narrative from the workstream team/);
  assert.equal(await thread.locator('[data-testid="reply"]').count(), 1, "the author's reply");
  assert.equal(await page.locator('#comment-form').count(), 0, 'an auditor reads, but does not comment');
  await checkAccessibility(page, 'characteristic-comments');
  await page.goto(characteristic('CI010'));
  await settled(page);
  const resolved = page.locator('[data-testid="resolved-comments"]');
  assert.equal(await resolved.getAttribute('open'), null, 'resolved comments are collapsed');
  await resolved.locator('summary').click();
  assert.match(await resolved.locator('[data-testid="resolution"]').innerText(), /Resolved by .*summarised in the revised narrative/);
  await page.context().close();
});

test('a reviewer comments on a quoted passage by keyboard alone; a passage not in the narrative is an error linked to its field', async () => {
  const page = await pageAs('reviewer-ci', characteristic(CODE));
  await settled(page);
  const text = await page.locator('[data-testid="narrative-text"]').innerText();
  const passage = text.trim().split(/\s+/).slice(0, 4).join(' ');

  await tabTo(page, '#comment-text');
  await page.keyboard.type(`Which evidence shows this? (${RUN})`);
  await page.keyboard.press('Tab');
  await page.keyboard.type('words this narrative never had');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.equal(await summary.locator('a').getAttribute('href'), '#comment-quote');
  await checkAccessibility(page, 'characteristic-comment-error');

  await page.fill('#comment-quote', passage);
  await page.focus('#add-comment');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="comments-done"]').waitFor();
  await settled(page);
  const mine = page.locator('[data-testid="thread"]', { hasText: RUN });
  assert.equal(await mine.locator('[data-testid="quote"]').innerText().then((q) => q.includes(passage)), true);
  await page.context().close();
});

test('the heat-map cell says in words that the characteristic has an open comment', async () => {
  const page = await pageAs('planner', `/?cycle=${cycles[2025].cycleId}`);
  await settled(page);
  assert.match(await page.locator(`td[data-code="${CODE}"] [data-testid="open-comments"]`).innerText(), /^\d+ open comments?$/);
  assert.match(await page.locator('[data-testid="open-comments-total"]').innerText(), /still open on narratives: \d+/);
  await page.context().close();
});

test('the author replies and resolves the comment; it moves to the resolved ones', async () => {
  const page = await pageAs('author', characteristic(CODE));
  await settled(page);
  const mine = () => page.locator('[data-testid="thread"]', { hasText: RUN });
  await mine().locator('textarea[name="text"]').fill('The corporate plan is linked now.');
  await mine().getByRole('button', { name: /^Reply/ }).click();
  await page.locator('[data-testid="comments-done"]').waitFor();
  await settled(page);
  assert.match(await mine().locator('[data-testid="reply"]').last().innerText(), /corporate plan is linked now/);
  await checkAccessibility(page, 'characteristic-comment-forms');
  await mine().locator('input[name="note"]').fill('Linked in the evidence list');
  await mine().getByRole('button', { name: /^Resolve/ }).click();
  await page.locator('[data-testid="comments-done"]').waitFor();
  await settled(page);
  const resolved = page.locator('[data-testid="resolved-comments"]');
  await resolved.locator('summary').click();
  assert.match(await resolved.locator('[data-testid="thread"]', { hasText: RUN }).innerText(), /Linked in the evidence list/);
  await page.context().close();
});
