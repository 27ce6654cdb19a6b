// The sector benchmark for residents, no login: for a framework version, how many councils that share reached
// each final colour in their published self-assessments. No council is named; no council's own standing.
import { benchmark } from '../../api/reporting';
import { benchmarkTables, suppressionNote } from '../../components/benchmark';
import { routeGetForms } from '../../components/cycle-picker';
import { html } from '../../html';
import type { ScreenContext } from '../../router';

export const DEFAULT_LABEL = 'statutory-2024';

export async function render(ctx: ScreenContext): Promise<void> {
  const label = ctx.query.get('label') || DEFAULT_LABEL;
  const result = await benchmark.published(label).catch(() => null);
  ctx.main.innerHTML = html`
    <h1 class="govuk-heading-l">Sector benchmark</h1>
    <p class="govuk-body">How councils that choose to share compare, characteristic by characteristic, in the self-assessments
      they have published: the number of councils at each colour of the scale. No council is named.</p>
    <form method="get" class="bv-inline-form" action="/public/benchmark"><div class="govuk-form-group">
      <label class="govuk-label" for="bm-label">Framework version</label>
      <input class="govuk-input govuk-input--width-20" id="bm-label" name="label" value="${label}" spellcheck="false">
      <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Show</button></div></form>
    ${result
      ? html`<p class="govuk-body" data-testid="benchmark-sentence">${result.frameworkName} (${result.frameworkLabel}): ${result.sentence}</p>
        ${suppressionNote(result)}${benchmarkTables(result, false)}`
      : html`<p class="govuk-body">No council has a framework version called ${label}.</p>`}`.value;
  routeGetForms(ctx.main, ctx.navigate);
}
