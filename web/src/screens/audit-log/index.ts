// The council's audit log (auditors only): every change in every service, filtered by who, event type, cycle,
// characteristic, theme and dates, newest first, paged; the whole filtered log as CSV or Excel (each download is
// itself recorded in the log). The filters are a GET form, so a filtered page has its own address.
import { MEDIA, personLabel } from '../../api/http';
import { reporting, type AuditEntry } from '../../api/reporting';
import { routeGetForms } from '../../components/cycle-picker';
import { showErrorSummary } from '../../components/errors';
import { reportCycles } from '../../cycles';
import { formatDateTime, html } from '../../html';
import type { ScreenContext } from '../../router';

const FILTERS = ['actor', 'type', 'cycleId', 'characteristicCode', 'theme', 'from', 'to'] as const;
/** Where the API's problem names a parameter, the input to go to. */
const FIELDS: Record<string, string> = {
  actor: 'al-actor', type: 'al-type', cycleId: 'al-cycle', characteristicCode: 'al-code', theme: 'al-theme',
  from: 'al-from', to: 'al-to', sort: 'al-sort', page: 'al-sort', size: 'al-sort',
};
const TYPES = [
  'FrameworkVersionImported', 'FrameworkVersionPublished', 'CycleOpened', 'CycleSnapshotTaken', 'CyclePublished', 'CycleClosed',
  'NarrativeDrafted', 'NarrativeRevised', 'NarrativeStatusChanged', 'ContributorRecorded', 'ContributorRemoved',
  'EvidenceAttached', 'EvidenceDetached', 'EvidenceItemAdded', 'EvidenceItemRevised',
  'ScoringRoundOpened', 'ReviewerAssigned', 'ScoreRecorded', 'ScoreModerated', 'LeadershipReviewed', 'ScoreReopened',
  'ScoreFinalised', 'ScoringRoundClosed',
  'OpportunityRaised', 'OpportunityGapRevised', 'ActionPlanned', 'ActionScheduled', 'ActionStarted', 'ProgressReported',
  'ActionCompleted', 'ActionDeferred', 'ActionCancelled', 'ExternalReferenceLinked', 'DocumentExported',
];
const SORTS: [string, string][] = [['-at', 'Newest first'], ['at', 'Oldest first'], ['type', 'Event type'], ['actor', 'Person']];
const SIZE = 50;

/** "ScoreModerated" → "Score moderated". */
function words(type: string): string {
  const w = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export async function render(ctx: ScreenContext): Promise<void> {
  const filters: Record<string, string | undefined> = {};
  for (const f of FILTERS) filters[f] = ctx.query.get(f) || undefined;
  const sort = ctx.query.get('sort') || '-at';
  const page = Math.max(0, Number(ctx.query.get('page') ?? 0) || 0);
  const cycles = await reportCycles();
  const form = html`
    <form method="get" class="app-audit-filters" novalidate data-testid="audit-filters">
      <h2 class="govuk-heading-m">Filter the log</h2>
      <div class="govuk-form-group"><label class="govuk-label" for="al-actor">Person (user id)</label>
        <input class="govuk-input govuk-input--width-20" id="al-actor" name="actor" value="${filters.actor ?? ''}" spellcheck="false"></div>
      <div class="govuk-form-group"><label class="govuk-label" for="al-type">Event</label>
        <select class="govuk-select" id="al-type" name="type"><option value="">Any event</option>
          ${TYPES.map((t) => html`<option value="${t}" ${filters.type === t ? 'selected' : ''}>${words(t)}</option>`)}</select></div>
      <div class="govuk-form-group"><label class="govuk-label" for="al-cycle">Cycle</label>
        <select class="govuk-select" id="al-cycle" name="cycleId"><option value="">Any cycle</option>
          ${cycles.map((c) => html`<option value="${c.cycleId}" ${filters.cycleId === c.cycleId ? 'selected' : ''}>${c.title} (${c.year})</option>`)}</select></div>
      <div class="govuk-form-group"><label class="govuk-label" for="al-code">Characteristic code</label>
        <div class="govuk-hint" id="al-code-hint">For example, CI010</div>
        <input class="govuk-input govuk-input--width-5" id="al-code" name="characteristicCode" aria-describedby="al-code-hint" value="${filters.characteristicCode ?? ''}" spellcheck="false"></div>
      <div class="govuk-form-group"><label class="govuk-label" for="al-theme">Theme code</label>
        <div class="govuk-hint" id="al-theme-hint">For example, CI for continuous improvement</div>
        <input class="govuk-input govuk-input--width-5" id="al-theme" name="theme" aria-describedby="al-theme-hint" value="${filters.theme ?? ''}" spellcheck="false"></div>
      <div class="govuk-form-group"><label class="govuk-label" for="al-from">From (date)</label>
        <input class="govuk-input govuk-input--width-10" id="al-from" name="from" type="date" value="${filters.from ?? ''}"></div>
      <div class="govuk-form-group"><label class="govuk-label" for="al-to">To (date, inclusive)</label>
        <input class="govuk-input govuk-input--width-10" id="al-to" name="to" type="date" value="${filters.to ?? ''}"></div>
      <div class="govuk-form-group"><label class="govuk-label" for="al-sort">Order</label>
        <select class="govuk-select" id="al-sort" name="sort">${SORTS.map(([v, l]) => html`<option value="${v}" ${sort === v ? 'selected' : ''}>${l}</option>`)}</select></div>
      <div class="govuk-button-group">
        <button class="govuk-button" data-module="govuk-button">Apply filters</button>
        <a class="govuk-link" href="/audit-log">Clear filters</a>
      </div>
    </form>`;
  const heading = html`<h1 class="govuk-heading-l">Audit log</h1>
    <p class="govuk-body">Every change in every service for your council: who made it, as what role, when, what changed and why.</p>`;
  let list;
  try {
    list = await reporting.auditLog({ ...filters, sort, page, size: SIZE });
  } catch (e) {
    ctx.main.innerHTML = html`${heading}${form}`.value;
    routeGetForms(ctx.main, ctx.navigate);
    showErrorSummary(ctx.main, e, FIELDS);
    return;
  }
  const pages = Math.ceil(list.total / SIZE);
  const at = (p: number) => {
    const q = new URLSearchParams(ctx.query);
    q.set('page', String(p));
    return `?${q.toString()}`;
  };
  ctx.main.innerHTML = html`
    ${heading}
    ${form}
    <h2 class="govuk-heading-m">Download the filtered log</h2>
    <p class="govuk-body">Every matching entry, not just this page. Each download is recorded in the log.</p>
    <div class="govuk-button-group" data-testid="audit-downloads">
      <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-accept="${MEDIA.csv}" data-ext="csv">Download CSV</button>
      <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-accept="${MEDIA.xlsx}" data-ext="xlsx">Download Excel</button>
    </div>
    <div id="al-status" class="govuk-body" role="status" aria-live="polite"></div>
    <table class="govuk-table app-audit-log" data-testid="audit-log">
      <caption class="govuk-table__caption govuk-table__caption--m">${list.total} ${list.total === 1 ? 'entry' : 'entries'}${pages > 1 ? `, page ${page + 1} of ${pages}` : ''}</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">When</th><th scope="col" class="govuk-table__header">Who</th>
        <th scope="col" class="govuk-table__header">Event</th><th scope="col" class="govuk-table__header">Where</th>
        <th scope="col" class="govuk-table__header">What changed</th><th scope="col" class="govuk-table__header">Why</th></tr></thead>
      <tbody class="govuk-table__body">${list.items.map((e: AuditEntry) => html`<tr class="govuk-table__row">
        <td class="govuk-table__cell">${formatDateTime(e.at)}</td>
        <td class="govuk-table__cell">${personLabel(e.actorPerson, e.actor)}${e.role ? html`<br><span class="govuk-hint govuk-!-margin-bottom-0">as ${e.role}</span>` : ''}</td>
        <td class="govuk-table__cell">${words(e.type)}</td>
        <td class="govuk-table__cell">${e.characteristicCode && e.cycleId
          ? html`<a class="govuk-link" href="/cycles/${e.cycleId}/characteristics/${e.characteristicCode}">${e.characteristicCode}</a>` : e.characteristicCode ?? ''}${e.themeCode && !e.characteristicCode ? `Theme ${e.themeCode}` : ''}</td>
        <td class="govuk-table__cell"><span class="govuk-!-font-weight-bold">${e.what}</span>${e.from || e.to ? html`<br>${e.from ? html`from ${e.from} ` : ''}${e.to ? html`to ${e.to}` : ''}` : ''}</td>
        <td class="govuk-table__cell">${e.why}</td></tr>`)}</tbody></table>
    ${pages > 1 ? html`<nav class="govuk-pagination" aria-label="Pagination">
      ${page > 0 ? html`<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="${at(page - 1)}" rel="prev"><span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span></a></div>` : ''}
      <ul class="govuk-pagination__list">${pageNumbers(page, pages).map((i) => i < 0
        ? html`<li class="govuk-pagination__item govuk-pagination__item--ellipses">&ctdot;</li>`
        : html`<li class="govuk-pagination__item${i === page ? ' govuk-pagination__item--current' : ''}"><a class="govuk-link govuk-pagination__link" href="${at(i)}" aria-label="Page ${i + 1}" ${i === page ? html`aria-current="page"` : ''}>${i + 1}</a></li>`)}</ul>
      ${page < pages - 1 ? html`<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="${at(page + 1)}" rel="next"><span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span></a></div>` : ''}
    </nav>` : ''}`.value;
  routeGetForms(ctx.main, ctx.navigate);
  ctx.main.querySelectorAll<HTMLButtonElement>('button[data-accept]').forEach((b) =>
    b.addEventListener('click', async () => {
      const status = ctx.main.querySelector<HTMLElement>('#al-status')!;
      status.textContent = 'Preparing the download…';
      try {
        const name = await reporting.downloadAuditLog(b.dataset.accept!, `audit-log.${b.dataset.ext}`, { ...filters, sort });
        status.textContent = `Downloaded ${name}`;
      } catch (e) {
        status.textContent = '';
        showErrorSummary(ctx.main, e, FIELDS);
      }
    }),
  );
}

/** The GOV.UK pagination's pages: the first, the last, and those around the current one; -1 for an ellipsis. */
function pageNumbers(page: number, pages: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < pages; i++) {
    if (i === 0 || i === pages - 1 || Math.abs(i - page) <= 1) out.push(i);
    else if (out[out.length - 1] !== -1) out.push(-1);
  }
  return out;
}
