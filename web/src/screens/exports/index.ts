// Downloads: the heat-map as SVG, CSV or Excel, the action plan as CSV or Excel, the committee pack as PDF; and the
// documents for committee and the peer challenge: the position statement book (PDF or Word), the progress report on
// the action plan (PDF) and each theme's pack (PDF). Each is fetched with the bearer token and the format's Accept
// header, then saved as a file. Every button says its file type and roughly how big the file is.
import { MEDIA } from '../../api/http';
import { reporting } from '../../api/reporting';
import { hasAnyRole } from '../../auth';
import { cyclePicker, routeGetForms } from '../../components/cycle-picker';
import { showErrorSummary } from '../../components/errors';
import { chosenCycle } from '../../cycles';
import { html } from '../../html';
import type { ScreenContext } from '../../router';

const COMMITTEE_ROLES = ['planner', 'leadership', 'auditor', 'admin'];

type Doc = 'heat-map' | 'action-plan' | 'committee-pack';
const DOWNLOADS: { doc: Doc; label: string; accept: string; ext: string; roles?: string[] }[] = [
  { doc: 'heat-map', label: 'Heat-map (SVG image)', accept: MEDIA.svg, ext: 'svg' },
  { doc: 'heat-map', label: 'Heat-map (CSV)', accept: MEDIA.csv, ext: 'csv' },
  { doc: 'heat-map', label: 'Heat-map with summary (Excel)', accept: MEDIA.xlsx, ext: 'xlsx' },
  { doc: 'action-plan', label: 'Action plan (CSV)', accept: MEDIA.csv, ext: 'csv' },
  { doc: 'action-plan', label: 'Action plan (Excel)', accept: MEDIA.xlsx, ext: 'xlsx' },
  { doc: 'committee-pack', label: 'Committee pack (PDF)', accept: MEDIA.pdf, ext: 'pdf', roles: COMMITTEE_ROLES },
];

/** The committee documents: what each is, its file type and a size hint. */
type CommitteeDoc = { doc: 'position-statements' | 'progress-report' | { themePack: string }; label: string; hint: string; accept: string; ext: string };
const BOOKS: CommitteeDoc[] = [
  { doc: 'position-statements', label: 'Position statement book (PDF)', hint: 'PDF, large: a page or more for each characteristic', accept: MEDIA.pdf, ext: 'pdf' },
  { doc: 'position-statements', label: 'Position statement book (Word)', hint: 'Word document, large: a page or more for each characteristic', accept: MEDIA.docx, ext: 'docx' },
  { doc: 'progress-report', label: 'Progress report on the action plan (PDF)', hint: 'PDF, a few pages', accept: MEDIA.pdf, ext: 'pdf' },
];

export async function render(ctx: ScreenContext): Promise<void> {
  const { cycle, cycles } = await chosenCycle(ctx.query);
  if (!cycle) {
    ctx.main.innerHTML = html`<h1 class="govuk-heading-l">Downloads</h1><p class="govuk-body">No cycle yet.</p>`.value;
    return;
  }
  const offered = DOWNLOADS.filter((d) => !d.roles || hasAnyRole(d.roles as never));
  const committee = hasAnyRole(COMMITTEE_ROLES as never);
  const themes = committee ? (await reporting.heatMap(cycle.cycleId)).themes : [];
  const documents: CommitteeDoc[] = committee
    ? [...BOOKS, ...themes.map((t) => ({ doc: { themePack: t.code }, label: `${t.title} theme pack (PDF)`, hint: `PDF, about a page for each of its ${t.cells.length} characteristics`, accept: MEDIA.pdf, ext: 'pdf' }))]
    : [];
  ctx.main.innerHTML = html`
    <span class="govuk-caption-l">${cycle.title}</span>
    <h1 class="govuk-heading-l">Downloads</h1>
    ${cyclePicker(cycles, cycle)}
    <div class="govuk-form-group"><label class="govuk-label" for="dl-asof">As of (optional)</label><div class="govuk-hint" id="dl-asof-hint">A date; empty for the latest scores. The heat-map, the position statements, the theme packs and the progress report are made as they stood at the end of that day.</div>
      <input class="govuk-input govuk-input--width-10" id="dl-asof" type="date" aria-describedby="dl-asof-hint"></div>
    <ul class="govuk-list" data-testid="downloads">${offered.map((d, i) => html`<li><button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-download="${i}">Download ${d.label}</button></li>`)}</ul>
    ${committee ? html`
      <h2 class="govuk-heading-m">For committee and the peer challenge</h2>
      <div class="govuk-form-group"><label class="govuk-label" for="dl-since">Previous progress report (optional)</label><div class="govuk-hint" id="dl-since-hint">The date of the last progress report; the report lists what changed since then. Empty: the last quarter end.</div>
        <input class="govuk-input govuk-input--width-10" id="dl-since" type="date" aria-describedby="dl-since-hint"></div>
      <ul class="govuk-list" data-testid="committee-documents">${documents.map((d, i) => html`<li><button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" data-module="govuk-button" data-document="${i}" aria-describedby="dl-doc-hint-${i}">Download ${d.label}</button>
        <p class="govuk-hint govuk-!-margin-bottom-4" id="dl-doc-hint-${i}">${d.hint}</p></li>`)}</ul>` : ''}
    <div id="dl-status" class="govuk-body" role="status" aria-live="polite"></div>`.value;
  routeGetForms(ctx.main, ctx.navigate);
  const value = (id: string) => (ctx.main.querySelector(`#${id}`) as HTMLInputElement | null)?.value || undefined;
  const fetchWithStatus = async (label: string, fetch: () => Promise<string>) => {
    const status = ctx.main.querySelector<HTMLElement>('#dl-status')!;
    status.textContent = `Preparing ${label}…`;
    try {
      const name = await fetch();
      status.textContent = `Downloaded ${name}`;
    } catch (e) {
      status.textContent = '';
      showErrorSummary(ctx.main, e);
    }
  };
  ctx.main.querySelectorAll<HTMLButtonElement>('button[data-download]').forEach((b) =>
    b.addEventListener('click', () => {
      const d = offered[Number(b.dataset.download)];
      void fetchWithStatus(d.label, () => reporting.download(d.doc, cycle.cycleId, d.accept, `${d.doc}-${cycle.year}.${d.ext}`, d.doc === 'heat-map' ? value('dl-asof') : undefined));
    }),
  );
  ctx.main.querySelectorAll<HTMLButtonElement>('button[data-document]').forEach((b) =>
    b.addEventListener('click', () => {
      const d = documents[Number(b.dataset.document)];
      const name = typeof d.doc === 'string' ? `${d.doc}-${cycle.year}.${d.ext}` : `theme-pack-${cycle.year}-${d.doc.themePack}.${d.ext}`;
      const params = d.doc === 'progress-report' ? { asOf: value('dl-asof'), since: value('dl-since') } : { asOf: value('dl-asof') };
      void fetchWithStatus(d.label, () => reporting.downloadCommitteeDocument(d.doc, cycle.cycleId, d.accept, name, params));
    }),
  );
}
