// Leadership review: every yellow, amber or red score awaiting review — confirm, revise, or ask for more
// evidence (which also marks the narrative as needing more evidence, as the council's process does).
import { assessment } from '../../api/assessment';
import { scoring, type Colour, type Score } from '../../api/scoring';
import { colourRadios } from '../../components/colour-radios';
import { showErrorSummary } from '../../components/errors';
import { colourTag } from '../../components/heatmap';
import { humanise } from '../../colours';
import { html } from '../../html';
import type { ScreenContext } from '../../router';

export async function render(ctx: ScreenContext): Promise<void> {
  const rounds = (await scoring.rounds({ size: 200 })).items.filter((r) => r.status !== 'CLOSED');
  const queues = await Promise.all(rounds.map(async (r) => ({ round: r, scores: (await scoring.allScores(r.roundId)).filter((s) => s.leadershipReviewRequired && s.status === 'MODERATED') })));
  const roundId = ctx.query.get('round');
  const code = ctx.query.get('code');
  ctx.main.innerHTML = html`
    <h1 class="govuk-heading-l">Leadership review</h1>
    <p class="govuk-body">Every characteristic scored yellow, amber or red is reviewed by senior leadership.</p>
    ${queues.every((q) => q.scores.length === 0) ? html`<p class="govuk-body" data-testid="empty-queue">Nothing is waiting for leadership review.</p>` : ''}
    ${queues.filter((q) => q.scores.length).map((q) => html`<h2 class="govuk-heading-m">${q.round.name}</h2>
      <table class="govuk-table" data-testid="leadership-queue"><caption class="govuk-visually-hidden">Scores awaiting leadership review</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Characteristic</th><th scope="col" class="govuk-table__header">Colour</th><th scope="col" class="govuk-table__header">Rationale</th><th scope="col" class="govuk-table__header">Stage</th><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th></tr></thead>
      <tbody class="govuk-table__body">${q.scores.map((s: Score) => html`<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${s.characteristicCode}</th>
        <td class="govuk-table__cell">${colourTag(s.colour)}</td><td class="govuk-table__cell">${s.rationale ?? ''}</td><td class="govuk-table__cell">${humanise(s.status)}${s.leadershipDecision ? html`<br>${humanise(s.leadershipDecision)}` : ''}</td>
        <td class="govuk-table__cell"><a class="govuk-link" href="?round=${q.round.roundId}&code=${s.characteristicCode}#review">Review<span class="govuk-visually-hidden"> ${s.characteristicCode}</span></a></td></tr>`)}</tbody></table>`)}
    ${roundId && code ? html`<h2 class="govuk-heading-m" id="review">Review ${code}</h2>
      <form id="review-form" novalidate>
        <div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Decision</legend>
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
            ${[['CONFIRMED', 'Confirm the colour'], ['REVISED', 'Revise the colour'], ['MORE_EVIDENCE_REQUESTED', 'Request more evidence']].map(([v, l], i) => html`<div class="govuk-radios__item"><input class="govuk-radios__input" id="${i === 0 ? 'decision' : 'decision-' + v.toLowerCase()}" name="decision" type="radio" value="${v}"><label class="govuk-label govuk-radios__label" for="${i === 0 ? 'decision' : 'decision-' + v.toLowerCase()}">${l}</label></div>`)}
          </div></fieldset></div>
        ${colourRadios('colour', 'Revised colour (when revising)', null)}
        <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="reason">Reason (required to revise or to ask for evidence)</label><textarea class="govuk-textarea" id="reason" name="reason" rows="3"></textarea></div>
        <button class="govuk-button" data-module="govuk-button">Save decision</button>
      </form>` : ''}`.value;
  ctx.main.querySelector('#review-form')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const d = new FormData(event.target as HTMLFormElement);
    const decision = d.get('decision') as 'CONFIRMED' | 'REVISED' | 'MORE_EVIDENCE_REQUESTED';
    const reason = String(d.get('reason') ?? '') || undefined;
    try {
      const score = await scoring.score(roundId!, code!);
      await scoring.reviewByLeadership(roundId!, code!, { decision, colour: decision === 'REVISED' ? (d.get('colour') as Colour) : undefined, reason }, score.etag);
      if (decision === 'MORE_EVIDENCE_REQUESTED') {
        const narrative = await assessment.narrative(score.body.cycleId, code!);
        await assessment.requestEvidence(score.body.cycleId, code!, narrative.etag, reason);
      }
      ctx.navigate('/leadership', true);
    } catch (e) {
      showErrorSummary(ctx.main, e, { decision: 'decision', colour: 'colour', reason: 'reason' });
    }
  });
}
