// Cycles and rounds for the planner: open, carry forward, snapshot, publish, close a cycle; open a scoring
// round, assign one reviewer per theme (the independence refusal is shown with the characteristics that
// caused it), and the round's progress.
import { assessment, type Cycle } from '../../api/assessment';
import { ApiError, type Versioned, personLabel } from '../../api/http';
import { scoring, type Round } from '../../api/scoring';
import { showErrorSummary } from '../../components/errors';
import { forgetCycles } from '../../cycles';
import { humanise } from '../../colours';
import { formatDateTime, html } from '../../html';
import type { ScreenContext } from '../../router';

export async function render(ctx: ScreenContext): Promise<void> {
  const [cycles, frameworks, rounds] = await Promise.all([
    assessment.cycles({ size: 200 }).then((p) => p.items),
    assessment.frameworks({ size: 200 }).then((p) => p.items),
    scoring.rounds({ size: 200 }).then((p) => p.items),
  ]);
  const selected = ctx.query.get('round') ?? rounds.filter((r) => r.status !== 'CLOSED').at(-1)?.roundId ?? rounds.at(-1)?.roundId;
  const round: Versioned<Round> | null = selected ? await scoring.round(selected) : null;
  const cycle = round ? cycles.find((c) => c.id === round.body.cycleId) : undefined;
  const themes = cycle ? (await assessment.framework(cycle.frameworkVersionId)).themes : [];
  const saved = ctx.query.get('saved');

  ctx.main.innerHTML = html`
    <h1 class="govuk-heading-l">Cycles and rounds</h1>
    ${saved ? html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="pl-saved" data-module="govuk-notification-banner"><div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="pl-saved">Success</h2></div><div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading" data-testid="saved">${saved}</p></div></div>` : ''}
    <h2 class="govuk-heading-m">Assessment cycles</h2>
    <table class="govuk-table" data-testid="cycles"><caption class="govuk-visually-hidden">Assessment cycles</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Cycle</th><th scope="col" class="govuk-table__header">Status</th><th scope="col" class="govuk-table__header">Latest snapshot</th><th scope="col" class="govuk-table__header">Published as of</th><th scope="col" class="govuk-table__header">Actions</th></tr></thead>
      <tbody class="govuk-table__body">${cycles.map((c: Cycle) => html`<tr class="govuk-table__row">
        <th scope="row" class="govuk-table__header">${c.title} (${c.year})</th>
        <td class="govuk-table__cell"><strong class="govuk-tag govuk-tag--grey">${humanise(c.status)}</strong></td>
        <td class="govuk-table__cell">${(c.snapshots ?? (c.latestSnapshotAt ? [c.latestSnapshotAt] : [])).map((s) => html`${formatDateTime(s)}<br>`)}</td>
        <td class="govuk-table__cell">${formatDateTime(c.publishedAsOf)}</td>
        <td class="govuk-table__cell">${c.status === 'CLOSED' ? '' : html`
          <form class="bv-cycle-action" data-cycle="${c.id}"><div class="govuk-form-group govuk-!-margin-bottom-2">
            <label class="govuk-label govuk-label--s" for="asof-${c.id}">As of (optional)</label>
            <input class="govuk-input govuk-input--width-10" type="date" id="asof-${c.id}" name="asOf"></div>
            <div class="govuk-button-group">
              <button class="govuk-button govuk-button--secondary" name="verb" value="snapshot" data-module="govuk-button">Snapshot<span class="govuk-visually-hidden"> ${c.title}</span></button>
              <button class="govuk-button govuk-button--secondary" name="verb" value="publish" data-module="govuk-button">Publish<span class="govuk-visually-hidden"> ${c.title}</span></button>
              <button class="govuk-button govuk-button--warning" name="verb" value="close" data-module="govuk-button">Close<span class="govuk-visually-hidden"> ${c.title}</span></button>
            </div></form>`}</td></tr>`)}</tbody></table>

    <details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Open a cycle, or carry one forward</span></summary>
    <div class="govuk-details__text"><form id="cycle-form">
      <div class="bv-row">
        <div class="govuk-form-group"><label class="govuk-label" for="cy-year">Year</label><input class="govuk-input govuk-input--width-4" id="cy-year" name="year" inputmode="numeric" value="${new Date().getFullYear()}"></div>
        <div class="govuk-form-group"><label class="govuk-label" for="cy-title">Title</label><input class="govuk-input govuk-input--width-20" id="cy-title" name="title"></div>
        <div class="govuk-form-group"><label class="govuk-label" for="cy-framework">Framework version</label><select class="govuk-select" id="cy-framework" name="frameworkVersionId">${frameworks.map((f) => html`<option value="${f.id}">${f.label} (${humanise(f.status)})</option>`)}</select></div>
        <div class="govuk-form-group"><label class="govuk-label" for="cy-from">Carry forward from</label><select class="govuk-select" id="cy-from" name="from"><option value="">Nothing (a new cycle)</option>${cycles.map((c) => html`<option value="${c.id}">${c.title}</option>`)}</select></div>
      </div>
      <button class="govuk-button" data-module="govuk-button">Open cycle</button></form></div></details>

    <h2 class="govuk-heading-m">Scoring rounds</h2>
    <ul class="govuk-list">${rounds.map((r) => html`<li><a class="govuk-link" href="?round=${r.roundId}" ${r.roundId === selected ? html`aria-current="true"` : ''}>${r.name}</a> – ${humanise(r.status)}</li>`)}</ul>
    <details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Open a round</span></summary>
    <div class="govuk-details__text"><form id="round-form"><div class="bv-row">
      <div class="govuk-form-group"><label class="govuk-label" for="rd-cycle">Cycle</label><select class="govuk-select" id="rd-cycle" name="cycleId">${cycles.filter((c) => c.status !== 'CLOSED').map((c) => html`<option value="${c.id}">${c.title}</option>`)}</select></div>
      <div class="govuk-form-group"><label class="govuk-label" for="rd-name">Name</label><input class="govuk-input govuk-input--width-20" id="rd-name" name="name"></div>
      <div class="govuk-form-group"><label class="govuk-label" for="rd-kind">Kind</label><select class="govuk-select" id="rd-kind" name="kind"><option value="INITIAL">Initial</option><option value="RECHECK">Recheck after leadership review</option></select></div>
    </div><button class="govuk-button" data-module="govuk-button">Open round</button></form></div></details>

    ${round ? html`<h2 class="govuk-heading-m">${round.body.name}: progress</h2>
      <dl class="govuk-summary-list" data-testid="progress">
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Unscored</dt><dd class="govuk-summary-list__value">${round.body.unscored.length}</dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Awaiting moderation</dt><dd class="govuk-summary-list__value">${round.body.awaitingModeration.length}</dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Awaiting leadership review</dt><dd class="govuk-summary-list__value">${round.body.awaitingLeadershipReview.length}</dd></div>
      </dl>
      ${round.body.status === 'CLOSED' ? '' : html`<button type="button" class="govuk-button govuk-button--warning" data-module="govuk-button" id="close-round">Close ${round.body.name}</button>`}
      <h3 class="govuk-heading-s">Reviewer per theme</h3>
      <div id="assign-result"></div>
      <table class="govuk-table" data-testid="reviewers"><caption class="govuk-visually-hidden">Reviewer per theme</caption>
        <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Theme</th><th scope="col" class="govuk-table__header">Reviewer</th><th scope="col" class="govuk-table__header">Assign</th></tr></thead>
        <tbody class="govuk-table__body">${themes.map((t) => {
          const r = round.body.reviewers.find((x) => x.themeCode === t.code);
          return html`<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${t.title}</th><td class="govuk-table__cell">${r ? html`<span data-user-id="${r.reviewerId}">${personLabel(r.reviewer, r.reviewerId)}</span>` : html`<strong class="govuk-tag govuk-tag--orange">None</strong>`}</td>
            <td class="govuk-table__cell">${round.body.status === 'CLOSED' ? '' : html`<form class="bv-inline-form bv-assign" data-theme="${t.code}"><div class="govuk-form-group govuk-!-margin-bottom-0">
              <label class="govuk-label govuk-visually-hidden" for="rv-${t.code}">Reviewer user id for ${t.title}</label>
              <input class="govuk-input govuk-input--width-20" id="rv-${t.code}" name="reviewerId" spellcheck="false">
              <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Assign<span class="govuk-visually-hidden"> reviewer for ${t.title}</span></button></div></form>`}</td></tr>`;
        })}</tbody></table>` : ''}`.value;

  const done = (message: string, extra = '') => {
    forgetCycles();
    ctx.navigate(`/planner?saved=${encodeURIComponent(message)}${extra}`, true);
  };
  ctx.main.querySelectorAll<HTMLFormElement>('form.bv-cycle-action').forEach((form) =>
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const verb = ((event as SubmitEvent).submitter as HTMLButtonElement).value;
      const id = form.dataset.cycle!;
      const asOf = (form.elements.namedItem('asOf') as HTMLInputElement).value || undefined;
      try {
        const { etag } = await assessment.cycle(id);
        if (verb === 'snapshot') await assessment.snapshot(id, etag, asOf);
        else if (verb === 'publish') await assessment.publish(id, etag, asOf);
        else await assessment.close(id, etag);
        done(`Cycle: ${verb} done`);
      } catch (e) {
        showErrorSummary(ctx.main, e);
      }
    }),
  );
  ctx.main.querySelector('#cycle-form')!.addEventListener('submit', async (event) => {
    event.preventDefault();
    const d = new FormData(event.target as HTMLFormElement);
    const body = { year: Number(d.get('year')), title: String(d.get('title')), frameworkVersionId: String(d.get('frameworkVersionId')) };
    try {
      const from = String(d.get('from') ?? '');
      if (from) await assessment.carryForward(from, (await assessment.cycle(from)).etag, body);
      else await assessment.openCycle(body);
      done('Cycle opened');
    } catch (e) {
      showErrorSummary(ctx.main, e, { year: 'cy-year', title: 'cy-title', frameworkVersionId: 'cy-framework' });
    }
  });
  ctx.main.querySelector('#round-form')!.addEventListener('submit', async (event) => {
    event.preventDefault();
    const d = new FormData(event.target as HTMLFormElement);
    try {
      const r = await scoring.openRound({ cycleId: String(d.get('cycleId')), name: String(d.get('name')), kind: d.get('kind') as 'INITIAL' | 'RECHECK' });
      done('Round opened', `&round=${encodeURIComponent(r.body?.roundId ?? '')}`);
    } catch (e) {
      showErrorSummary(ctx.main, e, { name: 'rd-name', cycleId: 'rd-cycle' });
    }
  });
  ctx.main.querySelector('#close-round')?.addEventListener('click', async () => {
    try {
      const { etag } = await scoring.round(round!.body.roundId);
      await scoring.closeRound(round!.body.roundId, etag);
      done(`${round!.body.name} closed`, `&round=${encodeURIComponent(round!.body.roundId)}`);
    } catch (e) {
      showErrorSummary(ctx.main, e);
    }
  });
  ctx.main.querySelectorAll<HTMLFormElement>('form.bv-assign').forEach((form) =>
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const theme = form.dataset.theme!;
      const reviewerId = (form.elements.namedItem('reviewerId') as HTMLInputElement).value.trim();
      const out = ctx.main.querySelector<HTMLElement>('#assign-result')!;
      try {
        const { etag } = await scoring.round(round!.body.roundId);
        await scoring.assignReviewer(round!.body.roundId, theme, reviewerId, etag);
        done(`Reviewer assigned to ${theme}`, `&round=${encodeURIComponent(round!.body.roundId)}`);
      } catch (e) {
        const conflicts = e instanceof ApiError && Array.isArray(e.problem.conflictingNarratives) ? (e.problem.conflictingNarratives as { characteristicCode: string; role?: string }[]) : [];
        out.innerHTML = html`<div class="govuk-error-summary" data-module="govuk-error-summary" data-testid="independence-refusal"><div role="alert">
          <h2 class="govuk-error-summary__title">The reviewer cannot be assigned to ${theme}</h2>
          <div class="govuk-error-summary__body"><p class="govuk-body">${e instanceof ApiError ? (e.problem.detail ?? e.problem.title) : String(e)}</p>
          ${conflicts.length ? html`<p class="govuk-body">They worked on the narratives of these characteristics (not marking their own homework):</p><ul class="govuk-list govuk-error-summary__list" data-testid="conflicts">${conflicts.map((c) => html`<li><a href="#rv-${theme}">${c.characteristicCode}${c.role ? ` (${c.role})` : ''}</a></li>`)}</ul>` : ''}
          </div></div></div>`.value;
        const box = out.querySelector<HTMLElement>('.govuk-error-summary')!;
        box.tabIndex = -1;
        box.focus();
      }
    }),
  );
}
