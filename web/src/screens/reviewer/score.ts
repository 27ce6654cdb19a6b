// Score one characteristic: read the narrative, sample the evidence, choose a colour with a rationale;
// grey needs a justification. The If-Match is the score's ETag ("0" before the first score).
import { assessment, type Evidence } from '../../api/assessment';
import { ApiError } from '../../api/http';
import { scoring, type Colour } from '../../api/scoring';
import { colourRadios } from '../../components/colour-radios';
import { showErrorSummary } from '../../components/errors';
import { html } from '../../html';
import type { ScreenContext } from '../../router';

export async function render(ctx: ScreenContext): Promise<void> {
  const { roundId, code } = ctx.params;
  const [round, current] = await Promise.all([
    scoring.round(roundId),
    scoring.score(roundId, code).catch((e) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
  ]);
  const cycleId = round.body.cycleId;
  const [narrative, evidence] = await Promise.all([
    assessment.narrative(cycleId, code).catch(() => null),
    assessment.narrativeEvidence(cycleId, code).catch(() => [] as Evidence[]),
  ]);
  const s = current?.body;
  ctx.main.innerHTML = html`
    <a href="/reviewer" class="govuk-back-link">Back to my queue</a>
    <span class="govuk-caption-l">${round.body.name}</span>
    <h1 class="govuk-heading-l">Score ${code}</h1>
    <h2 class="govuk-heading-m">Narrative</h2>
    <div class="govuk-inset-text bv-pre" data-testid="narrative-text">${narrative?.body.text ?? 'No narrative.'}</div>
    <form id="score-form" novalidate>
      ${colourRadios('colour', 'Colour', s?.colour)}
      <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="rationale">Rationale</label>
        <textarea class="govuk-textarea" id="rationale" name="rationale" rows="5">${s?.rationale ?? ''}</textarea></div>
      <div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="greyJustification">Why it is outside officers' control (grey only)</label>
        <textarea class="govuk-textarea" id="greyJustification" name="greyJustification" rows="3">${s?.greyJustification ?? ''}</textarea></div>
      <div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Evidence you sampled</legend>
        ${evidence.length ? html`<div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">${evidence.map((e, i) => html`<div class="govuk-checkboxes__item">
          <input class="govuk-checkboxes__input" id="${i === 0 ? 'evidenceSampled' : `ev-${i}`}" name="evidenceSampled" type="checkbox" value="${e.id}" ${s?.evidenceSampled?.includes(e.id) ? 'checked' : ''}>
          <label class="govuk-label govuk-checkboxes__label" for="${i === 0 ? 'evidenceSampled' : `ev-${i}`}">${e.title}</label></div>`)}</div>` : html`<p class="govuk-body">No evidence is linked to this narrative.</p>`}
      </fieldset></div>
      <button class="govuk-button" data-module="govuk-button" data-testid="submit-score">Save score</button>
    </form>`.value;
  ctx.main.querySelector('#score-form')!.addEventListener('submit', async (event) => {
    event.preventDefault();
    const d = new FormData(event.target as HTMLFormElement);
    const colour = d.get('colour') as Colour | null;
    try {
      await scoring.record(roundId, code, {
        colour: colour as Colour,
        rationale: String(d.get('rationale') ?? ''),
        greyJustification: String(d.get('greyJustification') ?? '') || undefined,
        evidenceSampled: d.getAll('evidenceSampled').map(String),
      }, current?.etag || '"0"');
      ctx.navigate('/reviewer');
    } catch (e) {
      showErrorSummary(ctx.main, e, { colour: 'colour', rationale: 'rationale', greyJustification: 'greyJustification', evidenceSampled: 'evidenceSampled' });
    }
  });
}
