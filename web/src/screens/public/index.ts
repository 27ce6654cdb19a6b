// Public transparency pages, no login: a council's published self-assessments.
import { reporting } from '../../api/reporting';
import { routeGetForms } from '../../components/cycle-picker';
import { formatDate, html } from '../../html';
import type { ScreenContext } from '../../router';

export const DEFAULT_COUNCIL = import.meta.env.VITE_PUBLIC_COUNCIL ?? 'demo-borough';

export async function render(ctx: ScreenContext): Promise<void> {
  const council = ctx.params.council ?? ctx.query.get('council') ?? DEFAULT_COUNCIL;
  const cycles = (await reporting.publicCycles(council)).items;
  ctx.main.innerHTML = html`
    <h1 class="govuk-heading-l">Published self-assessments</h1>
    <p class="govuk-body">How the council meets the Best Value Duty: its published heat-maps and action plans.</p>
    <form method="get" class="bv-inline-form" action="/public"><div class="govuk-form-group"><label class="govuk-label" for="council">Council</label>
      <input class="govuk-input govuk-input--width-20" id="council" name="council" value="${council}" spellcheck="false">
      <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Show</button></div></form>
    ${cycles.length
      ? html`<ul class="govuk-list" data-testid="published-cycles">${cycles.map((c) => html`<li><a class="govuk-link" href="/public/${encodeURIComponent(council)}/${encodeURIComponent(c.cycleId)}">${c.title}</a>${(c.asOf ?? c.publishedAsOf) ? ` – as of ${formatDate(c.asOf ?? c.publishedAsOf)}` : ''}</li>`)}</ul>`
      : html`<p class="govuk-body">Nothing has been published yet.</p>`}`.value;
  routeGetForms(ctx.main, (to) => ctx.navigate(to.replace('/public?council=', '/public/')));
}
