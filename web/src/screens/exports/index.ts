// Downloads: the heat-map as SVG, CSV or Excel, the action plan as CSV or Excel, the committee pack as PDF.
// Each is fetched with the bearer token and the format's Accept header, then saved as a file.
import { MEDIA } from '../../api/http';
import { reporting } from '../../api/reporting';
import { hasAnyRole } from '../../auth';
import { cyclePicker, routeGetForms } from '../../components/cycle-picker';
import { showErrorSummary } from '../../components/errors';
import { chosenCycle } from '../../cycles';
import { html } from '../../html';
import type { ScreenContext } from '../../router';

type Doc = 'heat-map' | 'action-plan' | 'committee-pack';
const DOWNLOADS: { doc: Doc; label: string; accept: string; ext: string; roles?: string[] }[] = [
  { doc: 'heat-map', label: 'Heat-map (SVG image)', accept: MEDIA.svg, ext: 'svg' },
  { doc: 'heat-map', label: 'Heat-map (CSV)', accept: MEDIA.csv, ext: 'csv' },
  { doc: 'heat-map', label: 'Heat-map with summary (Excel)', accept: MEDIA.xlsx, ext: 'xlsx' },
  { doc: 'action-plan', label: 'Action plan (CSV)', accept: MEDIA.csv, ext: 'csv' },
  { doc: 'action-plan', label: 'Action plan (Excel)', accept: MEDIA.xlsx, ext: 'xlsx' },
  { doc: 'committee-pack', label: 'Committee pack (PDF)', accept: MEDIA.pdf, ext: 'pdf', roles: ['planner', 'leadership', 'auditor', 'admin'] },
];

export async function render(ctx: ScreenContext): Promise<void> {
  const { cycle, cycles } = await chosenCycle(ctx.query);
  if (!cycle) {
    ctx.main.innerHTML = html`<h1 class="govuk-heading-l">Downloads</h1><p class="govuk-body">No cycle yet.</p>`.value;
    return;
  }
  const offered = DOWNLOADS.filter((d) => !d.roles || hasAnyRole(d.roles as never));
  ctx.main.innerHTML = html`
    <span class="govuk-caption-l">${cycle.title}</span>
    <h1 class="govuk-heading-l">Downloads</h1>
    ${cyclePicker(cycles, cycle)}
    <div class="govuk-form-group"><label class="govuk-label" for="dl-asof">Heat-map as of (optional)</label><div class="govuk-hint" id="dl-asof-hint">A date; empty for the latest scores.</div>
      <input class="govuk-input govuk-input--width-10" id="dl-asof" type="date" aria-describedby="dl-asof-hint"></div>
    <ul class="govuk-list" data-testid="downloads">${offered.map((d, i) => html`<li><button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-download="${i}">Download ${d.label}</button></li>`)}</ul>
    <div id="dl-status" class="govuk-body" role="status" aria-live="polite"></div>`.value;
  routeGetForms(ctx.main, ctx.navigate);
  ctx.main.querySelectorAll<HTMLButtonElement>('button[data-download]').forEach((b) =>
    b.addEventListener('click', async () => {
      const d = offered[Number(b.dataset.download)];
      const asOf = (ctx.main.querySelector('#dl-asof') as HTMLInputElement).value || undefined;
      const status = ctx.main.querySelector<HTMLElement>('#dl-status')!;
      status.textContent = `Preparing ${d.label}…`;
      try {
        const name = await reporting.download(d.doc, cycle.cycleId, d.accept, `${d.doc}-${cycle.year}.${d.ext}`, d.doc === 'heat-map' ? asOf : undefined);
        status.textContent = `Downloaded ${name}`;
      } catch (e) {
        status.textContent = '';
        showErrorSummary(ctx.main, e);
      }
    }),
  );
}
