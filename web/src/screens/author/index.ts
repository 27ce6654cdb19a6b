// Narratives of a cycle for authors: status of each characteristic's narrative, a link to write or revise it.
import { assessment } from '../../api/assessment';
import { cyclePicker, routeGetForms } from '../../components/cycle-picker';
import { humanise } from '../../colours';
import { chosenCycle } from '../../cycles';
import { html } from '../../html';
import type { ScreenContext } from '../../router';

export async function render(ctx: ScreenContext): Promise<void> {
  const { cycle, cycles } = await chosenCycle(ctx.query);
  if (!cycle) {
    ctx.main.innerHTML = html`<h1 class="govuk-heading-l">Narratives</h1><p class="govuk-body">No cycle yet.</p>`.value;
    return;
  }
  const status = ctx.query.get('status') ?? '';
  const [narratives, framework] = await Promise.all([
    assessment.allNarratives(cycle.cycleId, status ? { status } : {}),
    assessment.cycle(cycle.cycleId).then((c) => assessment.framework(c.body.frameworkVersionId)),
  ]);
  const byCode = new Map(narratives.map((n) => [n.characteristicCode, n]));
  const shown = status ? framework.characteristics.filter((c) => byCode.has(c.code)) : framework.characteristics;
  ctx.main.innerHTML = html`
    <span class="govuk-caption-l">${cycle.title}</span>
    <h1 class="govuk-heading-l">Narratives</h1>
    ${cyclePicker(cycles, cycle)}
    <form method="get" class="bv-inline-form"><input type="hidden" name="cycle" value="${cycle.cycleId}">
      <div class="govuk-form-group"><label class="govuk-label" for="status">Status</label>
        <select class="govuk-select" id="status" name="status">
          ${['', 'DRAFT', 'READY_FOR_REVIEW', 'MORE_EVIDENCE_REQUESTED'].map((s) => html`<option value="${s}" ${s === status ? 'selected' : ''}>${s ? humanise(s) : 'All'}</option>`)}
        </select>
        <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Filter</button></div>
    </form>
    <table class="govuk-table" data-testid="narratives"><caption class="govuk-table__caption govuk-table__caption--m">${shown.length} characteristics</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Characteristic</th><th scope="col" class="govuk-table__header">Status</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Revision</th><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th></tr></thead>
      <tbody class="govuk-table__body">${shown.map((c) => {
        const n = byCode.get(c.code);
        return html`<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${c.code} ${c.title}</th>
          <td class="govuk-table__cell">${n ? html`<strong class="govuk-tag ${n.status === 'MORE_EVIDENCE_REQUESTED' ? 'govuk-tag--orange' : n.status === 'READY_FOR_REVIEW' ? 'govuk-tag--green' : 'govuk-tag--grey'}">${humanise(n.status)}</strong>` : 'Not started'}</td>
          <td class="govuk-table__cell govuk-table__cell--numeric">${n?.revision ?? ''}</td>
          <td class="govuk-table__cell"><a class="govuk-link" href="/author/${encodeURIComponent(cycle.cycleId)}/${encodeURIComponent(c.code)}">${n ? 'Revise' : 'Write'}<span class="govuk-visually-hidden"> ${c.code}</span></a></td></tr>`;
      })}</tbody></table>`.value;
  routeGetForms(ctx.main, ctx.navigate);
}
