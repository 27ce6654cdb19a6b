// Year on year: two cycles side by side per characteristic — improved, declined or unchanged — across
// framework versions (the mapping says which old code a new characteristic came from).
import { reporting } from '../../api/reporting';
import { colourTag } from '../../components/heatmap';
import { humanise } from '../../colours';
import { chosenCycle } from '../../cycles';
import { html } from '../../html';
import { routeGetForms } from '../../components/cycle-picker';
import type { ScreenContext } from '../../router';

export async function render(ctx: ScreenContext): Promise<void> {
  const { cycle, cycles } = await chosenCycle(ctx.query);
  if (!cycle) {
    ctx.main.innerHTML = html`<h1 class="govuk-heading-l">Year on year</h1><p class="govuk-body">No cycle yet.</p>`.value;
    return;
  }
  const previous = ctx.query.get('previous') ?? undefined;
  const yoy = await reporting.yearOnYear(cycle.cycleId, previous);
  const totals = yoy.totals ?? {};
  ctx.main.innerHTML = html`
    <h1 class="govuk-heading-l">Year on year</h1>
    <form method="get"><div class="bv-row">
      <div class="govuk-form-group"><label class="govuk-label" for="yy-cycle">This year</label><select class="govuk-select" id="yy-cycle" name="cycle">${cycles.map((c) => html`<option value="${c.cycleId}" ${c.cycleId === cycle.cycleId ? 'selected' : ''}>${c.title}</option>`)}</select></div>
      <div class="govuk-form-group"><label class="govuk-label" for="yy-previous">Compared with</label><select class="govuk-select" id="yy-previous" name="previous"><option value="">The previous cycle</option>${cycles.filter((c) => c.cycleId !== cycle.cycleId).map((c) => html`<option value="${c.cycleId}" ${c.cycleId === previous ? 'selected' : ''}>${c.title}</option>`)}</select></div>
      <div class="govuk-form-group"><button class="govuk-button govuk-button--secondary" data-module="govuk-button">Compare</button></div></div></form>
    ${yoy.previous ? html`<p class="govuk-body">${yoy.current.year} (${yoy.current.frameworkLabel ?? ''}) against ${yoy.previous.year} (${yoy.previous.frameworkLabel ?? ''})${yoy.sameFramework ? '' : ': different framework versions, compared through the mapping'}.</p>` : html`<p class="govuk-body">There is no earlier cycle to compare with.</p>`}
    ${yoy.notes?.length ? html`<ul class="govuk-list govuk-list--bullet">${yoy.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}
    <dl class="govuk-summary-list" data-testid="yoy-totals">${Object.entries(totals).map(([k, v]) => html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${humanise(k)}</dt><dd class="govuk-summary-list__value">${v}</dd></div>`)}</dl>
    <div class="bv-scroll" role="region" aria-label="Year on year, scrolls sideways" tabindex="0">
    <table class="govuk-table" data-testid="year-on-year"><caption class="govuk-visually-hidden">Each characteristic this year against last</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Characteristic</th><th scope="col" class="govuk-table__header">Was</th><th scope="col" class="govuk-table__header">${yoy.previous?.year ?? 'Before'}</th><th scope="col" class="govuk-table__header">${yoy.current.year}</th><th scope="col" class="govuk-table__header">Movement</th></tr></thead>
      <tbody class="govuk-table__body">${(yoy.lines ?? []).map((l) => html`<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${l.code} ${l.title}</th>
        <td class="govuk-table__cell">${(l.previousCodes ?? []).join(', ')}${l.change ? html`<br><span class="govuk-body-s">${humanise(l.change)}</span>` : ''}</td>
        <td class="govuk-table__cell">${colourTag(l.previousColour)}</td><td class="govuk-table__cell">${colourTag(l.currentColour)}</td>
        <td class="govuk-table__cell"><strong class="govuk-tag ${l.movement === 'IMPROVED' ? 'govuk-tag--green' : l.movement === 'DECLINED' ? 'govuk-tag--red' : 'govuk-tag--grey'}">${humanise(l.movement)}</strong></td></tr>`)}</tbody></table></div>`.value;
  routeGetForms(ctx.main, ctx.navigate);
}
