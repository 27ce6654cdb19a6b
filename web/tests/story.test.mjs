// The council's story in the browser, through the edge and the real Keycloak login: an author revises a
// narrative, meets a colleague's newer version (stale ETag) and merges, and records a workshop contributor;
// the planner opens a recheck round (the independence rule refuses that contributor as the theme's
// reviewer, naming the characteristic), the reviewer scores, the
// moderator revises, leadership asks for more evidence, the dashboard and its as-of control show the
// change, and the public page shows the published cycle.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { anonymousPage, bearerOf, closeBrowser, demoCycles, open, pageAs, settled, userId } from './support.mjs';

// CI010 on fresh demo data; a rerun against the same data takes a Continuous Improvement characteristic
// that the still-open recheck round has not scored yet (a round closes only when its scores are final).
let CODE = 'CI010';
const RUN = Date.now().toString(36);
let cycles;
let roundId;
let oldColour;
let newColour;
let moderatedAt;

before(async () => {
  const page = await pageAs('planner');
  cycles = await demoCycles(page);
  const authorization = await bearerOf(page);
  const get = async (path) => (await page.request.get(path, { headers: { Authorization: authorization } })).json();
  const open = (await get(`/api/scoring/rounds?cycleId=${cycles[2025].cycleId}&size=200`)).items.find((r) => r.status !== 'CLOSED');
  if (open) {
    roundId = open.roundId;
    const round = await get(`/api/scoring/rounds/${roundId}`);
    CODE = round.unscored.find((code) => code.startsWith('CI')) ?? CODE;
  }
  await page.context().close();
});
after(closeBrowser);

async function cellColour(page, code) {
  return page.locator(`[data-testid="heat-map"] td[data-code="${code}"]`).getAttribute('data-colour');
}

test('the dashboard shows the 2025 heat-map with its snapshot marked', async () => {
  const page = await pageAs('planner', `/?cycle=${cycles[2025].cycleId}`);
  await settled(page);
  assert.match(await page.locator('[data-testid="green-sentence"]').innerText(), /of \d+ \(\d+%\) green/);
  assert.ok((await page.locator('[data-testid="snapshots"] li').count()) >= 1, 'the snapshot is marked');
  // The cell carries its code and colour name, never colour alone.
  assert.match(await page.locator(`td[data-code="${CODE}"]`).innerText(), new RegExp(`${CODE}\\s+\\S+`));
  // The colour the committee snapshot froze: the change below must not reach it.
  await page.locator('[data-testid="snapshots"] a').first().click();
  await settled(page);
  oldColour = await cellColour(page, CODE);
  assert.ok(oldColour, `${CODE} has a colour in the snapshot`);
  newColour = oldColour === 'YELLOW' ? 'RED' : 'YELLOW';
  await page.context().close();
});

test('an author revises a narrative; a stale ETag shows the other change and the author merges, nothing is lost', async () => {
  const path = `/author/${cycles[2025].cycleId}/${CODE}`;
  const author = await pageAs('author', path);
  const colleague = await pageAs('planner', path);
  const base = await author.inputValue('#text');
  // The colleague saves first.
  await colleague.fill('#text', `${base}\nWorkshop note ${RUN}.`);
  await colleague.getByRole('button', { name: 'Save revision' }).click();
  await colleague.waitForSelector('[data-testid="saved"]');
  // The author, still on the old version, saves: refused, shown the colleague's text and the difference.
  await author.fill('#text', `${base}\nBenchmarking evidence ${RUN}.`);
  await author.getByRole('button', { name: 'Save revision' }).click();
  const conflict = author.locator('[data-testid="conflict"]');
  await conflict.waitFor();
  assert.match(await author.locator('[data-testid="their-text"]').innerText(), new RegExp(`Workshop note ${RUN}`));
  assert.equal(await author.inputValue('#text'), `${base}\nBenchmarking evidence ${RUN}.`, 'the author keeps their own text');
  await author.fill('#text', `${base}\nWorkshop note ${RUN}.\nBenchmarking evidence ${RUN}.`);
  await author.getByRole('button', { name: 'Save merged revision' }).click();
  await author.locator('[data-testid="their-text"]').waitFor({ state: 'detached' });
  await author.locator('[data-testid="saved"]', { hasText: 'Narrative saved' }).waitFor();
  const saved = await author.inputValue('#text');
  assert.match(saved, new RegExp(`Workshop note ${RUN}`));
  assert.match(saved, new RegExp(`Benchmarking evidence ${RUN}`));
  await author.getByRole('button', { name: 'Mark ready for review' }).click();
  await author.locator('[data-testid="saved"]', { hasText: 'Marked ready for review' }).waitFor();
  assert.match(await author.locator('[data-testid="narrative-status"]').innerText(), /ready for review/i);
  // A subject expert from the governance reviewer's team joined the workshop on this characteristic.
  await author.fill('#contributor-id', userId('reviewer-g'));
  await author.fill('#contributor-role', 'Subject matter expert (workshop)');
  await author.getByRole('button', { name: 'Record contributor' }).click();
  await author.locator('[data-testid="saved"]', { hasText: 'Contributor recorded' }).waitFor();
  // Named, not numbered: the contributor shows by name and job title (the id stays on the element).
  assert.match(await author.locator(`[data-testid="contributors"] [data-user-id="${userId('reviewer-g')}"]`).innerText(), /Head of Audit and Risk/);
  await author.context().close();
  await colleague.context().close();
});

test('the planner opens a recheck round; a reviewer who worked on a narrative is refused with its characteristics', async () => {
  const page = await pageAs('planner', roundId ? `/planner?round=${roundId}` : '/planner');
  if (!roundId) {
    await page.locator('summary', { hasText: 'Open a round' }).click();
    await page.selectOption('#rd-cycle', cycles[2025].cycleId);
    await page.fill('#rd-name', `Browser recheck ${RUN}`);
    await page.selectOption('#rd-kind', 'RECHECK');
    await page.getByRole('button', { name: 'Open round' }).click();
    await page.waitForSelector('[data-testid="saved"]');
    roundId = new URL(page.url()).searchParams.get('round');
    assert.ok(roundId, 'the new round is shown');
    await settled(page);
  }
  assert.match(await page.locator('[data-testid="progress"]').innerText(), /Unscored/);
  // reviewer-g contributed to this characteristic's narrative in this cycle: not independent for Continuous Improvement.
  await page.fill('#rv-CI', userId('reviewer-g'));
  await page.getByRole('button', { name: 'Assign reviewer for Continuous Improvement' }).click();
  const refusal = page.locator('[data-testid="independence-refusal"]');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), new RegExp(CODE));
  await page.fill('#rv-CI', userId('reviewer-ci'));
  await page.getByRole('button', { name: 'Assign reviewer for Continuous Improvement' }).click();
  await page.locator('[data-testid="saved"]', { hasText: 'Reviewer assigned to CI' }).waitFor();
  assert.match(await page.locator(`[data-testid="reviewers"] [data-user-id="${userId('reviewer-ci')}"]`).innerText(), /Ruth Abbott, Head of Customer Services/);
  await page.context().close();
});

test('the reviewer scores the characteristic with a rationale and sampled evidence', async () => {
  const page = await pageAs('reviewer-ci', '/reviewer');
  await page.locator(`a[href="/reviewer/${roundId}/${CODE}"]`).click();
  await settled(page);
  await page.check('input[name="colour"][value="AMBER"]');
  await page.fill('#rationale', `A narrative, but it cannot be evidenced yet (${RUN})`);
  const evidence = page.locator('input[name="evidenceSampled"]');
  if (await evidence.count()) await evidence.first().check();
  await page.getByRole('button', { name: 'Save score' }).click();
  await page.waitForURL(/\/reviewer$/);
  await settled(page);
  assert.match(await page.locator('[data-testid="queue"]').innerText(), new RegExp(`${CODE}[\\s\\S]*Amber`));
  await page.context().close();
});

test('the moderator revises the score with a reason', async () => {
  const page = await pageAs('moderator', `/moderator?round=${roundId}&code=${CODE}`);
  await page.check('#outcome-revised');
  await page.check(`input[name="colour"][value="${newColour}"]`);
  await page.fill('#reason', `Consistent with the other continuous improvement scores (${RUN})`);
  await page.getByRole('button', { name: 'Save moderation' }).click();
  await page.waitForURL((u) => !u.search.includes('code='));
  await settled(page);
  assert.match(await page.locator('[data-testid="moderation-CI"]').innerText(), new RegExp(`Consistent with the other continuous improvement scores \\(${RUN}\\)`));
  // The next whole second: after the moderation, before leadership's decision below.
  moderatedAt = Math.ceil(Date.now() / 1000) * 1000;
  await page.context().close();
});

test('leadership asks for more evidence, and the narrative says so', async () => {
  const page = await pageAs('leadership', `/leadership?round=${roundId}&code=${CODE}`);
  assert.match(await page.locator('[data-testid="leadership-queue"]').innerText(), new RegExp(CODE));
  await page.waitForFunction((t) => Date.now() > t + 1000, moderatedAt);
  await page.check('#decision-more_evidence_requested');
  await page.fill('#reason', `Add the benchmarking results (${RUN})`);
  await page.getByRole('button', { name: 'Save decision' }).click();
  await page.waitForURL(/\/leadership$/);
  await open(page, `/cycles/${cycles[2025].cycleId}/characteristics/${CODE}`);
  assert.match(await page.locator('[data-testid="narrative-status"]').innerText(), /more evidence/i);
  await page.context().close();
});

test('the dashboard shows the change: reopened now, the revised colour as of before leadership, the snapshot before it all', async () => {
  const page = await pageAs('planner', `/?cycle=${cycles[2025].cycleId}`);
  // The read model follows the events: reload until it has caught up (bounded).
  for (let i = 0; i < 20 && (await cellColour(page, CODE)) !== ''; i++) {
    await page.reload();
    await settled(page);
  }
  assert.equal(await cellColour(page, CODE), '', 'more evidence requested: the score is reopened, not scored');
  assert.match(await page.locator(`td[data-code="${CODE}"]`).innerText(), /Not scored/);
  // The as-of control: the moment after the moderator's revision.
  const at = new Date(moderatedAt);
  const pad = (n) => String(n).padStart(2, '0');
  await page.fill('#as-of-date', `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`);
  await page.fill('#as-of-time', `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`);
  await page.getByRole('button', { name: 'Show heat-map' }).click();
  await page.waitForURL(/date=/);
  await settled(page);
  assert.match(await page.locator('[data-testid="as-of-shown"]').innerText(), /as of/);
  assert.equal(await cellColour(page, CODE), newColour, 'as of then: the moderated colour');
  // The committee snapshot is frozen.
  await page.locator('[data-testid="snapshots"] a').first().click();
  await settled(page);
  assert.equal(await cellColour(page, CODE), oldColour);
  await page.context().close();
});

test('the public page shows the published 2024 heat-map without a login', async () => {
  const page = await anonymousPage('/public/demo-borough');
  await settled(page);
  await page.locator('[data-testid="published-cycles"] a', { hasText: '2024' }).first().click();
  await settled(page);
  assert.match(await page.locator('[data-testid="green-sentence"]').innerText(), /55 of 73 \(75%\) green/);
  assert.equal(await page.locator('[data-testid="user"]').count(), 0, 'nobody is logged in');
  await page.context().close();
});
