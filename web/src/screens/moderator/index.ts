// Moderation: every score of a round side by side by theme, with rationales; confirm or revise with a
// reason; the round's inter-rater agreement (reviewer against moderator).
import { reporting, type Agreement } from '../../api/reporting';
import { scoring, type Colour, type Score } from '../../api/scoring';
import { colourRadios } from '../../components/colour-radios';
import { showErrorSummary } from '../../components/errors';
import { colourTag } from '../../components/heatmap';
import { humanise } from '../../colours';
import { html } from '../../html';
import type { ScreenContext } from '../../router';

export async function render(ctx: ScreenContext): Promise<void> {
  const rounds = (await scoring.rounds({ size: 200 })).items;
  const roundId = ctx.query.get('round') ?? rounds.filter((r) => r.status !== 'CLOSED').at(-1)?.roundId ?? rounds.at(-1)?.roundId;
  if (!roundId) {
    ctx.main.innerHTML = html`<h1 class="govuk-heading-l">Moderation</h1><p class="govuk-body">No scoring round yet.</p>`.value;
    return;
  }
  const round = rounds.find((r) => r.roundId === roundId)!;
  const [scores, agreement] = await Promise.all([
    scoring.allScores(roundId),
    reporting.roundAgreement(round.cycleId, roundId).catch(() => null as Agreement | null),
  ]);
  const editing = ctx.query.get('code');
  const themes = [...new Set(scores.map((s) => s.themeCode))];
  ctx.main.innerHTML = html`
    <span class="govuk-caption-l">${round.name}</span>
    <h1 class="govuk-heading-l">Moderation</h1>
    <form method="get" class="bv-inline-form"><div class="govuk-form-group"><label class="govuk-label" for="round">Round</label>
      <select class="govuk-select" id="round" name="round">${rounds.map((r) => html`<option value="${r.roundId}" ${r.roundId === roundId ? 'selected' : ''}>${r.name}</option>`)}</select>
      <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Show</button></div></form>
    <h2 class="govuk-heading-m">Inter-rater agreement</h2>
    ${agreement ? html`<dl class="govuk-summary-list" data-testid="agreement">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Moderated pairs</dt><dd class="govuk-summary-list__value">${agreement.pairs}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Exact agreement</dt><dd class="govuk-summary-list__value">${agreement.exactAgreements} of ${agreement.pairs}${agreement.exactAgreementPercent != null ? ` (${agreement.exactAgreementPercent}%)` : ''}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Weighted kappa</dt><dd class="govuk-summary-list__value">${agreement.weightedKappa != null ? agreement.weightedKappa.toFixed(2) : '–'} ${agreement.kappaNote ?? ''}</dd></div>
    </dl>` : html`<p class="govuk-body">Not available yet.</p>`}
    ${themes.map((t) => html`<h2 class="govuk-heading-m">Theme ${t}</h2>
      <table class="govuk-table" data-testid="moderation-${t}"><caption class="govuk-visually-hidden">Scores of theme ${t}</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Characteristic</th><th scope="col" class="govuk-table__header">Reviewer's colour</th><th scope="col" class="govuk-table__header">Rationale</th><th scope="col" class="govuk-table__header">Stage</th><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th></tr></thead>
      <tbody class="govuk-table__body">${scores.filter((s) => s.themeCode === t).map((s: Score) => html`<tr class="govuk-table__row">
        <th scope="row" class="govuk-table__header">${s.characteristicCode}</th><td class="govuk-table__cell">${colourTag(s.colour)}</td>
        <td class="govuk-table__cell">${s.rationale ?? ''}${s.moderationReason ? html`<br><strong>Moderator:</strong> ${s.moderationReason}` : ''}</td>
        <td class="govuk-table__cell">${humanise(s.status)}</td>
        <td class="govuk-table__cell">${s.colour ? html`<a class="govuk-link" href="?round=${roundId}&code=${s.characteristicCode}#moderate">Moderate<span class="govuk-visually-hidden"> ${s.characteristicCode}</span></a>` : ''}</td></tr>`)}</tbody></table>`)}
    ${editing ? html`<h2 class="govuk-heading-m" id="moderate">Moderate ${editing}</h2>
      <form id="moderate-form" novalidate>
        <div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Outcome</legend>
          <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="outcome" name="outcome" type="radio" value="CONFIRMED"><label class="govuk-label govuk-radios__label" for="outcome">Confirm the reviewer's colour</label></div>
            <div class="govuk-radios__item"><input class="govuk-radios__input" id="outcome-revised" name="outcome" type="radio" value="REVISED"><label class="govuk-label govuk-radios__label" for="outcome-revised">Revise the colour</label></div>
          </div></fieldset></div>
        ${colourRadios('colour', 'Revised colour (when revising)', null)}
        <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="reason">Reason (required when revising)</label><textarea class="govuk-textarea" id="reason" name="reason" rows="3"></textarea></div>
        <button class="govuk-button" data-module="govuk-button">Save moderation</button>
      </form>` : ''}`.value;
  ctx.main.querySelector('form[method="get"]')!.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.navigate(`/moderator?round=${encodeURIComponent((ctx.main.querySelector('#round') as HTMLSelectElement).value)}`);
  });
  ctx.main.querySelector('#moderate-form')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const d = new FormData(event.target as HTMLFormElement);
    try {
      const { etag } = await scoring.score(roundId, editing!);
      const outcome = d.get('outcome') as 'CONFIRMED' | 'REVISED';
      await scoring.moderate(roundId, editing!, { outcome, colour: outcome === 'REVISED' ? (d.get('colour') as Colour) : undefined, reason: String(d.get('reason') ?? '') || undefined }, etag);
      ctx.navigate(`/moderator?round=${encodeURIComponent(roundId)}`, true);
    } catch (e) {
      showErrorSummary(ctx.main, e, { outcome: 'outcome', colour: 'colour', reason: 'reason' });
    }
  });
}
