// Dashboard: the cycle's heat-map as the council's report shows it, with the as-of control.
// Two API calls: the cycles (cached for the session) and the heat-map (summary included).
import { reporting, type ReportCycle } from '../../api/reporting';
import { breakdownTable, heatMapTable, asOfText } from '../../components/heatmap';
import { cyclePicker, routeGetForms } from '../../components/cycle-picker';
import { chosenCycle } from '../../cycles';
import { html } from '../../html';
import type { ScreenContext } from '../../router';

/** 2024-06-10 + 17:00[:30] in the browser's time zone → an instant, as the API wants it (a date alone = end of that day in England). */
function asOfParam(date: string | null, time: string | null): string | undefined {
  if (!date) return undefined;
  if (!time) return date;
  const local = new Date(`${date}T${time.length === 5 ? time + ':00' : time}`);
  return isNaN(local.getTime()) ? date : local.toISOString();
}

function snapshotsOf(cycle: ReportCycle): string[] {
  const all = [...(cycle.snapshots ?? []), ...(cycle.snapshotAsOf ? [cycle.snapshotAsOf] : [])];
  return [...new Set(all)].sort();
}

export async function render(ctx: ScreenContext): Promise<void> {
  const started = performance.now();
  const { cycle, cycles } = await chosenCycle(ctx.query);
  if (!cycle) {
    ctx.main.innerHTML = html`<h1 class="govuk-heading-l">Dashboard</h1><p class="govuk-body">No assessment cycle has been opened yet.</p>`.value;
    return;
  }
  const date = ctx.query.get('date');
  const time = ctx.query.get('time');
  const snapshot = ctx.query.get('asOf');
  const asOf = snapshot ?? asOfParam(date, time);
  const map = await reporting.heatMap(cycle.cycleId, asOf);
  const snapshots = snapshotsOf(cycle);
  const s = map.summary;
  // The summary's own sentences repeat the green sentence and the thematic check: show the rest once.
  const otherSentences = (s.sentences ?? []).filter((x) => x !== s.greenSentence && !/thematic/i.test(x));
  const link = (code: string) => `/cycles/${encodeURIComponent(cycle.cycleId)}/characteristics/${encodeURIComponent(code)}`;
  ctx.main.innerHTML = html`
    <span class="govuk-caption-l">${cycle.title}</span>
    <h1 class="govuk-heading-l">Dashboard</h1>
    ${cyclePicker(cycles, cycle)}
    <p class="govuk-body" data-testid="published-state">${
      cycle.publishedAsOf
        ? html`<strong class="govuk-tag govuk-tag--green">Published</strong> as of ${asOfText(cycle.publishedAsOf)}`
        : html`<strong class="govuk-tag govuk-tag--grey">Not published</strong>`
    }</p>
    <div class="govuk-inset-text" data-testid="green-sentence">
      <p class="govuk-body-l govuk-!-margin-bottom-2"><strong>${s.greenSentence}</strong></p>
      ${otherSentences.length ? html`<ul class="govuk-list">${otherSentences.map((x) => html`<li>${x}</li>`)}</ul>` : ''}
      <p class="govuk-body" data-testid="thematic-concerns">${
        s.thematicConcerns?.length
          ? html`Thematic concerns (a theme mostly yellow, amber or red): <strong>${s.thematicConcerns.join(', ')}</strong>`
          : 'No thematic concern: no theme is mostly yellow, amber or red.'
      }</p>
      ${s.openComments != null ? html`<p class="govuk-body" data-testid="open-comments-total">Reviewers' comments still open on narratives: <strong>${s.openComments}</strong></p>` : ''}
    </div>
    <form method="get" class="bv-asof" data-testid="as-of">
      <input type="hidden" name="cycle" value="${cycle.cycleId}">
      <fieldset class="govuk-fieldset" role="group" aria-describedby="as-of-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">Heat-map as of</h2></legend>
        <div id="as-of-hint" class="govuk-hint">Any date and time since the cycle opened. Leave empty for the latest scores.</div>
        <div class="bv-row">
          <div class="govuk-form-group"><label class="govuk-label" for="as-of-date">Date</label>
            <input class="govuk-input govuk-input--width-10" id="as-of-date" name="date" type="date" value="${date ?? ''}"></div>
          <div class="govuk-form-group"><label class="govuk-label" for="as-of-time">Time (optional)</label>
            <input class="govuk-input govuk-input--width-5" id="as-of-time" name="time" type="time" step="1" value="${time ?? ''}"></div>
          <div class="govuk-form-group"><button type="submit" class="govuk-button" data-module="govuk-button">Show heat-map</button></div>
        </div>
      </fieldset>
      ${snapshots.length
        ? html`<h3 class="govuk-heading-s">Snapshots</h3><ul class="govuk-list" data-testid="snapshots">
          ${snapshots.map((at) => html`<li><a class="govuk-link" href="?cycle=${encodeURIComponent(cycle.cycleId)}&asOf=${encodeURIComponent(at)}">Snapshot of ${asOfText(at)}</a>${at === cycle.publishedAsOf ? ' (published)' : ''}${at === snapshot ? html` <strong class="govuk-tag">Shown</strong>` : ''}</li>`)}
        </ul>`
        : ''}
      ${asOf ? html`<p class="govuk-body"><a class="govuk-link" href="?cycle=${encodeURIComponent(cycle.cycleId)}">Show the latest scores</a></p>` : ''}
    </form>
    <p class="govuk-body" data-testid="as-of-shown">Showing ${map.asOf ? html`the heat-map as of <strong>${asOfText(map.asOf)}</strong>` : html`<strong>the latest scores</strong>`}.</p>
    ${heatMapTable(map, link)}
    ${breakdownTable(s.totals)}
  `.value;
  routeGetForms(ctx.main, ctx.navigate);
  // For the speed check: when the heat-map was usable, measured from this render's start.
  ctx.main.dataset.renderedMs = String(Math.round(performance.now() - started));
  performance.mark('bv:dashboard-ready');
}
