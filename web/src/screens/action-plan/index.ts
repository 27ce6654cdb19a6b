// The action plan in the report's Appendix A shape, with filters (theme, status, officer), overdue actions
// highlighted, "my actions", and progress updates by the action's owners.
import { personLabel } from '../../api/http';
import { action, planRows, type ActionPlanRow } from '../../api/action';
import { currentUser, hasAnyRole } from '../../auth';
import { cyclePicker, routeGetForms } from '../../components/cycle-picker';
import { showErrorSummary } from '../../components/errors';
import { humanise } from '../../colours';
import { chosenCycle } from '../../cycles';
import { formatDate, html } from '../../html';
import type { ScreenContext } from '../../router';

const STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DEFERRED', 'CANCELLED'];

export async function render(ctx: ScreenContext): Promise<void> {
  const { cycle, cycles } = await chosenCycle(ctx.query);
  if (!cycle) {
    ctx.main.innerHTML = html`<h1 class="govuk-heading-l">Action plan</h1><p class="govuk-body">No cycle yet.</p>`.value;
    return;
  }
  const me = currentUser()!;
  const mine = ctx.query.get('mine') === 'yes';
  const filters = { theme: ctx.query.get('theme') ?? undefined, status: ctx.query.get('status') ?? undefined, officer: ctx.query.get('officer') ?? undefined };
  const [plan, all] = await Promise.all([
    mine ? action.myActions().then((p) => ({ rows: p.items })) : action.actionPlan(cycle.cycleId, filters),
    action.actionPlan(cycle.cycleId),
  ]);
  const rows = planRows(plan);
  const everything = planRows(all);
  const themes = [...new Map(everything.map((r) => [r.themeCode, r.themeTitle])).entries()];
  const officers = [...new Set(everything.flatMap((r) => r.officers ?? []))].sort();
  const officerName = new Map(everything.flatMap((r) => (r.officers ?? []).map((o, i) => [o, personLabel(r.officerPeople?.[i], o)] as [string, string])));
  const mayReport = hasAnyRole(['planner', 'action-owner']);
  const reporting = ctx.query.get('progress');
  ctx.main.innerHTML = html`
    <span class="govuk-caption-l">${cycle.title}</span>
    <h1 class="govuk-heading-l">Action plan</h1>
    ${cyclePicker(cycles, cycle)}
    <form method="get" data-testid="filters"><input type="hidden" name="cycle" value="${cycle.cycleId}">
      <div class="bv-row">
        <div class="govuk-form-group"><label class="govuk-label" for="f-theme">Theme</label><select class="govuk-select" id="f-theme" name="theme"><option value="">All</option>${themes.map(([c, t]) => html`<option value="${c}" ${filters.theme === c ? 'selected' : ''}>${t}</option>`)}</select></div>
        <div class="govuk-form-group"><label class="govuk-label" for="f-status">Status</label><select class="govuk-select" id="f-status" name="status"><option value="">All</option>${STATUSES.map((s) => html`<option value="${s}" ${filters.status === s ? 'selected' : ''}>${humanise(s)}</option>`)}</select></div>
        <div class="govuk-form-group"><label class="govuk-label" for="f-officer">Officer</label><select class="govuk-select" id="f-officer" name="officer"><option value="">All</option>${officers.map((o) => html`<option value="${o}" ${filters.officer === o ? 'selected' : ''}>${o === me.id ? 'Me' : officerName.get(o) ?? o}</option>`)}</select></div>
        <div class="govuk-form-group"><div class="govuk-checkboxes govuk-checkboxes--small"><div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="f-mine" name="mine" type="checkbox" value="yes" ${mine ? 'checked' : ''}><label class="govuk-label govuk-checkboxes__label" for="f-mine">Only my actions</label></div></div></div>
        <div class="govuk-form-group"><button class="govuk-button govuk-button--secondary" data-module="govuk-button">Apply filters</button></div>
      </div></form>
    <p class="govuk-body">${rows.length} lines · <strong data-testid="overdue-count">${rows.filter((r) => r.overdue).length}</strong> overdue</p>
    <div class="bv-scroll" role="region" aria-label="Action plan, scrolls sideways" tabindex="0">
    <table class="govuk-table" data-testid="action-plan"><caption class="govuk-visually-hidden">Action plan (Appendix A)</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        ${['Characteristic', 'Opportunity for improvement', 'Action', 'Responsible officers', 'Service area', 'Timeline', 'Dates', 'Status', 'Progress', ''].map((h) => html`<th scope="col" class="govuk-table__header">${h || html`<span class="govuk-visually-hidden">Update</span>`}</th>`)}
      </tr></thead>
      <tbody class="govuk-table__body">${rows.map((r: ActionPlanRow) => html`<tr class="govuk-table__row${r.overdue ? ' bv-overdue' : ''}">
        <th scope="row" class="govuk-table__header">${r.characteristicCode}<br><span class="govuk-body-s">${r.characteristicTitle}</span></th>
        <td class="govuk-table__cell">${r.opportunity}</td><td class="govuk-table__cell">${r.action ?? 'No action planned yet'}</td>
        <td class="govuk-table__cell">${(r.officers ?? []).map((o, i) => html`<span data-user-id="${o}">${o === me.id ? 'You' : personLabel(r.officerPeople?.[i], o)}</span><br>`)}</td>
        <td class="govuk-table__cell">${r.serviceArea ?? ''}</td><td class="govuk-table__cell">${r.indicativeTimeline ?? ''}</td>
        <td class="govuk-table__cell">${r.start ? formatDate(r.start) : ''}${r.end ? html` to ${formatDate(r.end)}` : ''}</td>
        <td class="govuk-table__cell">${r.status ? html`<strong class="govuk-tag govuk-tag--grey">${humanise(r.status)}</strong>` : ''}${r.overdue ? html` <strong class="govuk-tag govuk-tag--red" data-testid="overdue">Overdue</strong>` : ''}</td>
        <td class="govuk-table__cell">${r.latestProgress ? html`${r.latestProgress.percent != null ? `${r.latestProgress.percent}% ` : ''}${r.latestProgress.note ?? ''}` : ''}</td>
        <td class="govuk-table__cell">${mayReport && r.actionId && (r.officers ?? []).includes(me.id) || (mayReport && r.actionId && hasAnyRole(['planner'])) ? html`<a class="govuk-link" href="?cycle=${cycle.cycleId}&progress=${r.actionId}#progress">Update<span class="govuk-visually-hidden"> progress of the action for ${r.characteristicCode}</span></a>` : ''}</td>
      </tr>`)}</tbody></table></div>
    ${reporting ? html`<h2 class="govuk-heading-m" id="progress">Progress update</h2>
      <form id="progress-form" novalidate><div class="bv-row">
        <div class="govuk-form-group"><label class="govuk-label" for="percent">Percent complete</label><input class="govuk-input govuk-input--width-3" id="percent" name="percent" inputmode="numeric"></div>
        <div class="govuk-form-group"><label class="govuk-label" for="rag">RAG</label><select class="govuk-select" id="rag" name="rag"><option value="">Not given</option><option value="GREEN">Green</option><option value="AMBER">Amber</option><option value="RED">Red</option></select></div></div>
        <div class="govuk-form-group"><label class="govuk-label" for="note">What has happened</label><div id="note-hint" class="govuk-hint">Internal to the council unless you tick the box below.</div><textarea class="govuk-textarea" id="note" name="note" rows="3" aria-describedby="note-hint"></textarea></div>
        <div class="govuk-form-group"><div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes"><div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="note-public" name="notePublic" type="checkbox" value="true"><label class="govuk-label govuk-checkboxes__label" for="note-public">Show this note on the council's public page when the plan is next published</label></div></div></div>
        <button class="govuk-button" data-module="govuk-button">Save progress</button></form>` : ''}`.value;
  routeGetForms(ctx.main, ctx.navigate);
  ctx.main.querySelector('#progress-form')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const d = new FormData(event.target as HTMLFormElement);
    try {
      const { etag } = await action.actionItem(reporting!);
      const percent = String(d.get('percent') ?? '');
      await action.reportProgress(reporting!, { percent: percent === '' ? undefined : Number(percent), rag: String(d.get('rag') ?? '') || undefined, note: String(d.get('note') ?? '') || undefined, notePublic: d.get('notePublic') === 'true' }, etag);
      ctx.navigate(`/action-plan?cycle=${encodeURIComponent(cycle.cycleId)}`, true);
    } catch (e) {
      showErrorSummary(ctx.main, e, { percent: 'percent', rag: 'rag', note: 'note' });
    }
  });
}
