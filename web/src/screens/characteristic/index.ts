// Characteristic: the guidance, the narrative and its revisions (diff between any two), contributors,
// evidence, reviewers' comments on the narrative, the score with its rationale and sampled evidence, and the full audit trail.
import { assessment, type Evidence, type HistoryEntry } from '../../api/assessment';
import { ApiError, personLabel } from '../../api/http';
import { reporting, type AuditChange } from '../../api/reporting';
import type { Score } from '../../api/scoring';
import { colourTag } from '../../components/heatmap';
import { diffView } from '../../components/diff';
import { routeGetForms } from '../../components/cycle-picker';
import { currentScore } from '../../components/scores';
import { colourName, humanise } from '../../colours';
import { formatDateTime, html } from '../../html';
import type { ScreenContext } from '../../router';
import { commentsSection, wireComments } from './comments';

const orNull = <T>(p: Promise<T>): Promise<T | null> => p.catch((e) => (e instanceof ApiError && (e.status === 404 || e.status === 403) ? null : Promise.reject(e)));

export async function render(ctx: ScreenContext): Promise<void> {
  const { cycleId, code } = ctx.params;
  const cycle = (await assessment.cycle(cycleId)).body;
  const [framework, narrative, history, evidence, score, audit, threads] = await Promise.all([
    assessment.framework(cycle.frameworkVersionId),
    orNull(assessment.narrative(cycleId, code)),
    orNull(assessment.history(cycleId, code, { size: 200 })),
    orNull(assessment.narrativeEvidence(cycleId, code)),
    orNull(currentScore(cycleId, code)),
    orNull(reporting.characteristicHistory(cycleId, code)),
    orNull(assessment.threads(cycleId, code)),
  ]);
  const notice = ctx.query.get('comments');
  const characteristic = framework.characteristics.find((c) => c.code === code);
  const theme = framework.themes.find((t) => t.code === characteristic?.themeCode);
  const revisions = (history?.items ?? []).filter((h) => typeof h.text === 'string' && h.streamType !== 'comment-thread').sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
  const changes: AuditChange[] = audit?.items ?? audit?.changes ?? [];
  const n = narrative?.body;
  const from = Number(ctx.query.get('from') ?? (revisions.length > 1 ? revisions[revisions.length - 2].revision : 0));
  const to = Number(ctx.query.get('to') ?? (revisions.length ? revisions[revisions.length - 1].revision : 0));
  const revFrom = revisions.find((r) => r.revision === from);
  const revTo = revisions.find((r) => r.revision === to);
  const evidenceById = new Map((evidence ?? []).map((e) => [e.id, e]));

  ctx.main.innerHTML = html`
    <a href="/?cycle=${encodeURIComponent(cycleId)}" class="govuk-back-link">Back to the dashboard</a>
    ${notice ? html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="comments-done-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="comments-done-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading" data-testid="comments-done"><a class="govuk-notification-banner__link" href="#comments">${notice}</a></p></div></div>` : ''}
    <span class="govuk-caption-l">${theme?.title ?? ''} · ${cycle.title}</span>
    <h1 class="govuk-heading-l">${code} ${characteristic?.title ?? ''}</h1>
    <h2 class="govuk-heading-m">What the guidance says</h2>
    <div class="govuk-inset-text" data-testid="guidance">${characteristic?.description || characteristic?.title || 'No guidance text for this characteristic.'}</div>

    <h2 class="govuk-heading-m">Score</h2>
    ${scoreSummary(score, evidenceById)}

    <h2 class="govuk-heading-m">Narrative</h2>
    ${n
      ? html`<p class="govuk-body"><strong class="govuk-tag govuk-tag--blue" data-testid="narrative-status">${humanise(n.status)}</strong> revision ${n.revision}</p>
        <div class="govuk-body bv-pre" data-testid="narrative-text">${n.text}</div>`
      : html`<p class="govuk-body">No narrative has been written yet.</p>`}

    <h2 class="govuk-heading-m" id="comments" tabindex="-1">Reviewers' comments</h2>
    ${n ? commentsSection(threads, n, history?.items ?? []) : html`<p class="govuk-body">Comments start once the narrative is drafted.</p>`}

    <h2 class="govuk-heading-m">Revisions</h2>
    ${revisions.length > 1
      ? html`<form method="get" class="bv-row">
          ${(['from', 'to'] as const).map((k) => html`<div class="govuk-form-group"><label class="govuk-label" for="rev-${k}">${k === 'from' ? 'Compare revision' : 'with revision'}</label>
            <select class="govuk-select" id="rev-${k}" name="${k}">${revisions.map((r) => html`<option value="${r.revision}" ${r.revision === (k === 'from' ? from : to) ? 'selected' : ''}>${r.revision} (${formatDateTime(r.at)})</option>`)}</select></div>`)}
          <div class="govuk-form-group"><button class="govuk-button govuk-button--secondary" data-module="govuk-button">Compare</button></div>
        </form>
        ${revFrom && revTo ? html`<h3 class="govuk-heading-s">Changes from revision ${from} to ${to}</h3>${diffView(revFrom.text ?? '', revTo.text ?? '')}` : ''}`
      : html`<p class="govuk-body">${revisions.length === 1 ? 'Only one revision so far.' : 'No revisions.'}</p>`}
    ${historyTable(history?.items ?? [])}

    <h2 class="govuk-heading-m">Contributors</h2>
    ${n?.contributors?.length
      ? html`<ul class="govuk-list govuk-list--bullet" data-testid="contributors">${n.contributors.map((c) => html`<li data-user-id="${c.userId}">${personLabel(n.people?.[c.userId], c.userId)} – ${c.role}</li>`)}</ul>`
      : html`<p class="govuk-body">No contributors recorded.</p>`}

    <h2 class="govuk-heading-m">Evidence</h2>
    ${evidence?.length ? evidenceList(evidence) : html`<p class="govuk-body">No evidence linked.</p>`}

    <h2 class="govuk-heading-m">Audit trail</h2>
    ${audit === null
      ? html`<p class="govuk-body">The audit trail is not available to you.</p>`
      : changes.length
        ? html`<table class="govuk-table" data-testid="audit-trail"><caption class="govuk-table__caption govuk-table__caption--s">Every change to the score: who, when, from → to, why</caption>
          <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">When</th><th scope="col" class="govuk-table__header">Who</th><th scope="col" class="govuk-table__header">What</th><th scope="col" class="govuk-table__header">From → to</th><th scope="col" class="govuk-table__header">Why</th></tr></thead>
          <tbody class="govuk-table__body">${changes.map((c) => html`<tr class="govuk-table__row">
            <td class="govuk-table__cell">${formatDateTime(c.at)}</td><td class="govuk-table__cell">${c.actor}</td>
            <td class="govuk-table__cell">${humanise(c.event ?? c.type ?? '')}${c.decision ? html` (${humanise(c.decision)})` : ''}</td>
            <td class="govuk-table__cell">${c.from ? colourName(c.from) : '–'} → ${c.to ? colourName(c.to) : '–'}</td>
            <td class="govuk-table__cell">${c.reason ?? ''}</td></tr>`)}</tbody></table>`
        : html`<p class="govuk-body">No score changes yet.</p>`}
  `.value;
  routeGetForms(ctx.main, (to) => ctx.navigate(to, true));
  wireComments(ctx, cycleId, code);
}

function scoreSummary(score: Score | null, evidence: Map<string, Evidence>) {
  if (!score || !score.colour) return html`<p class="govuk-body" data-testid="score">Not scored yet.</p>`;
  return html`<dl class="govuk-summary-list" data-testid="score">
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Colour</dt><dd class="govuk-summary-list__value">${colourTag(score.colour)}</dd></div>
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Stage</dt><dd class="govuk-summary-list__value">${humanise(score.status)}</dd></div>
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Rationale</dt><dd class="govuk-summary-list__value bv-pre">${score.rationale ?? ''}</dd></div>
    ${score.greyJustification ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Why grey</dt><dd class="govuk-summary-list__value">${score.greyJustification}</dd></div>` : ''}
    <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Evidence sampled</dt><dd class="govuk-summary-list__value">${
      score.evidenceSampled?.length ? html`<ul class="govuk-list">${score.evidenceSampled.map((id) => html`<li>${evidence.get(id)?.title ?? id}</li>`)}</ul>` : 'None recorded'
    }</dd></div>
    ${score.moderationOutcome ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Moderation</dt><dd class="govuk-summary-list__value">${humanise(score.moderationOutcome)}${score.moderationReason ? ': ' + score.moderationReason : ''}</dd></div>` : ''}
    ${score.leadershipDecision ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Leadership review</dt><dd class="govuk-summary-list__value">${humanise(score.leadershipDecision)}${score.leadershipReason ? ': ' + score.leadershipReason : ''}</dd></div>` : ''}
  </dl>`;
}

function evidenceList(items: Evidence[]) {
  return html`<ul class="govuk-list govuk-list--bullet" data-testid="evidence">${items.map((e) => html`<li>${
    e.uri ? html`<a class="govuk-link" href="${e.uri}" rel="noreferrer noopener" target="_blank">${e.title} (opens in new tab)</a>` : e.title
  } <span class="govuk-hint govuk-!-display-inline">${humanise(e.kind)}${e.date ? ', ' + e.date : ''}</span></li>`)}</ul>`;
}

function historyTable(entries: HistoryEntry[]) {
  if (!entries.length) return html``;
  return html`<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Narrative history (${entries.length} changes)</span></summary>
    <div class="govuk-details__text"><table class="govuk-table"><caption class="govuk-visually-hidden">Narrative history</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">When</th><th scope="col" class="govuk-table__header">Who</th><th scope="col" class="govuk-table__header">What</th></tr></thead>
    <tbody class="govuk-table__body">${entries.map((h) => html`<tr class="govuk-table__row"><td class="govuk-table__cell">${formatDateTime(h.at)}</td><td class="govuk-table__cell">${h.actor}</td><td class="govuk-table__cell">${humanise(h.type)}${h.revision ? ` (revision ${h.revision})` : ''}${h.streamType === 'comment-thread' && typeof h.text === 'string' ? `: ${h.text}` : ''}</td></tr>`)}</tbody></table></div></details>`;
}
