// One published self-assessment, no login: the heat-map as the committee saw it and the action plan.
import { reporting } from '../../api/reporting';
import { breakdownTable, heatMapTable, asOfText } from '../../components/heatmap';
import { humanise } from '../../colours';
import { formatDate, html } from '../../html';
import type { ScreenContext } from '../../router';

export async function render(ctx: ScreenContext): Promise<void> {
  const { council, cycleId } = ctx.params;
  const [map, plan] = await Promise.all([reporting.publicHeatMap(council, cycleId), reporting.publicActionPlan(council, cycleId).catch(() => null)]);
  ctx.main.innerHTML = html`
    <a href="/public/${encodeURIComponent(council)}" class="govuk-back-link">All published self-assessments</a>
    <h1 class="govuk-heading-l">${map.cycleTitle}</h1>
    <p class="govuk-body" data-testid="published-as-of">${map.asOf ? `Published as of ${asOfText(map.asOf)}` : ''}</p>
    <div class="govuk-inset-text"><p class="govuk-body-l" data-testid="green-sentence"><strong>${map.summary.greenSentence}</strong></p></div>
    ${heatMapTable(map)}
    ${breakdownTable(map.summary.totals)}
    <h2 class="govuk-heading-l">Action plan</h2>
    ${plan ? html`<p class="govuk-body">${plan.actions} actions, ${plan.overdue} overdue.</p>
      <table class="govuk-table" data-testid="public-action-plan"><caption class="govuk-visually-hidden">Action plan</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Characteristic</th><th scope="col" class="govuk-table__header">Opportunity for improvement</th><th scope="col" class="govuk-table__header">Action</th><th scope="col" class="govuk-table__header">Service area</th><th scope="col" class="govuk-table__header">Due</th><th scope="col" class="govuk-table__header">Status</th></tr></thead>
      <tbody class="govuk-table__body">${plan.opportunities.flatMap((o) => (o.actions.length ? o.actions : [null]).map((a) => html`<tr class="govuk-table__row${a?.overdue ? ' bv-overdue' : ''}">
        <th scope="row" class="govuk-table__header">${o.characteristicCode} ${o.characteristicTitle}</th><td class="govuk-table__cell">${o.gap}</td>
        <td class="govuk-table__cell">${a?.description ?? 'No action yet'}</td><td class="govuk-table__cell">${a?.serviceArea ?? ''}</td>
        <td class="govuk-table__cell">${a?.dueBy ? formatDate(a.dueBy) : (a?.indicativeTimeline ?? '')}</td>
        <td class="govuk-table__cell">${a ? html`${humanise(a.status)}${a.overdue ? html` <strong class="govuk-tag govuk-tag--red">Overdue</strong>` : ''}` : ''}</td></tr>`))}</tbody></table>`
      : html`<p class="govuk-body">No action plan has been published.</p>`}`.value;
}
