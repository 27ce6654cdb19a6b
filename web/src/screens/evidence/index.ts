// The evidence library: every item, add one, revise one (If-Match), and where each is used.
import { assessment, type Evidence, type EvidenceInput } from '../../api/assessment';
import { hasAnyRole } from '../../auth';
import { showErrorSummary } from '../../components/errors';
import { humanise } from '../../colours';
import { formatDate, html } from '../../html';
import type { ScreenContext } from '../../router';

const KINDS = ['DOCUMENT', 'WEB_PAGE', 'COMMITTEE_DECISION', 'DATA'];
const FIELDS: Record<string, string> = { title: 'ev-title', kind: 'ev-kind', reference: 'ev-reference', uri: 'ev-uri', owner: 'ev-owner', date: 'ev-date', description: 'ev-description' };

export async function render(ctx: ScreenContext): Promise<void> {
  const page = Math.max(0, Number(ctx.query.get('page') ?? 0));
  const editId = ctx.query.get('edit');
  const usageId = ctx.query.get('usage');
  const [list, editing, usage] = await Promise.all([
    assessment.evidence({ page, size: 50, sort: 'title' }),
    editId ? assessment.evidenceItem(editId) : Promise.resolve(null),
    usageId ? assessment.evidenceUsage(usageId) : Promise.resolve(null),
  ]);
  const mayWrite = hasAnyRole(['author', 'planner']);
  const e = editing?.body;
  const pages = Math.ceil(list.total / list.size);
  ctx.main.innerHTML = html`
    <h1 class="govuk-heading-l">Evidence library</h1>
    ${ctx.query.get('saved') ? html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="ev-saved" data-module="govuk-notification-banner"><div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="ev-saved">Success</h2></div><div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${ctx.query.get('saved')}</p></div></div>` : ''}
    <table class="govuk-table" data-testid="evidence-library"><caption class="govuk-table__caption govuk-table__caption--m">${list.total} items</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Title</th><th scope="col" class="govuk-table__header">Kind</th><th scope="col" class="govuk-table__header">Owner</th><th scope="col" class="govuk-table__header">Date</th><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th></tr></thead>
      <tbody class="govuk-table__body">${list.items.map((x: Evidence) => html`<tr class="govuk-table__row">
        <th scope="row" class="govuk-table__header">${x.uri ? html`<a class="govuk-link" href="${x.uri}" target="_blank" rel="noreferrer noopener">${x.title} (opens in new tab)</a>` : x.title}</th>
        <td class="govuk-table__cell">${humanise(x.kind)}</td><td class="govuk-table__cell">${x.owner ?? ''}</td><td class="govuk-table__cell">${formatDate(x.date)}</td>
        <td class="govuk-table__cell"><a class="govuk-link" href="?usage=${x.id}&page=${page}">Where used<span class="govuk-visually-hidden"> ${x.title}</span></a>${mayWrite ? html` · <a class="govuk-link" href="?edit=${x.id}&page=${page}#ev-title">Revise<span class="govuk-visually-hidden"> ${x.title}</span></a>` : ''}</td></tr>`)}</tbody></table>
    ${pages > 1 ? html`<nav class="govuk-pagination" aria-label="Pagination">
      ${page > 0 ? html`<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="?page=${page - 1}" rel="prev"><span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span></a></div>` : ''}
      <ul class="govuk-pagination__list">${Array.from({ length: pages }, (_, i) => html`<li class="govuk-pagination__item${i === page ? ' govuk-pagination__item--current' : ''}"><a class="govuk-link govuk-pagination__link" href="?page=${i}" aria-label="Page ${i + 1}" ${i === page ? html`aria-current="page"` : ''}>${i + 1}</a></li>`)}</ul>
      ${page < pages - 1 ? html`<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="?page=${page + 1}" rel="next"><span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span></a></div>` : ''}
    </nav>` : ''}
    ${usage ? html`<h2 class="govuk-heading-m" id="usage">Where it is used</h2>${usage.items.length
      ? html`<ul class="govuk-list govuk-list--bullet" data-testid="usage">${usage.items.map((u) => html`<li><a class="govuk-link" href="/cycles/${u.cycleId}/characteristics/${u.characteristicCode}">${u.characteristicCode}</a></li>`)}</ul>`
      : html`<p class="govuk-body">Not linked to any narrative.</p>`}` : ''}
    ${mayWrite ? html`<h2 class="govuk-heading-m">${e ? `Revise “${e.title}”` : 'Add evidence'}</h2>
    <form id="evidence-form" novalidate>
      ${field('title', 'Title', e?.title)}
      <div class="govuk-form-group"><label class="govuk-label" for="ev-kind">Kind</label>
        <select class="govuk-select" id="ev-kind" name="kind">${KINDS.map((k) => html`<option value="${k}" ${e?.kind === k ? 'selected' : ''}>${humanise(k)}</option>`)}</select></div>
      ${field('reference', 'Reference (optional)', e?.reference)}
      ${field('uri', 'Web address (optional)', e?.uri, 'url')}
      ${field('owner', 'Owner (optional)', e?.owner)}
      ${field('date', 'Date (optional)', e?.date, 'date')}
      <div class="govuk-form-group"><label class="govuk-label" for="ev-description">Description (optional)</label><textarea class="govuk-textarea" id="ev-description" name="description" rows="3">${e?.description ?? ''}</textarea></div>
      <button class="govuk-button" data-module="govuk-button">${e ? 'Save revision' : 'Add evidence'}</button>
    </form>` : ''}`.value;

  ctx.main.querySelector('#evidence-form')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const body: EvidenceInput = { title: '', kind: 'DOCUMENT' };
    data.forEach((v, k) => {
      if (String(v) !== '') (body as unknown as Record<string, string>)[k] = String(v);
    });
    try {
      if (editing) await assessment.reviseEvidence(editing.body.id, body, editing.etag);
      else await assessment.addEvidence(body);
      ctx.navigate(`/evidence?saved=${encodeURIComponent(editing ? 'Evidence revised' : 'Evidence added')}`, true);
    } catch (err) {
      showErrorSummary(ctx.main, err, FIELDS);
    }
  });
}

function field(name: string, label: string, value: string | null | undefined, type = 'text') {
  return html`<div class="govuk-form-group"><label class="govuk-label" for="ev-${name}">${label}</label>
    <input class="govuk-input" id="ev-${name}" name="${name}" type="${type}" value="${value ?? ''}"></div>`;
}
