// A GOV.UK select that switches the cycle a screen shows (a GET form, so it works as a link too).
import type { ReportCycle } from '../api/reporting';
import { html, type Html } from '../html';

export function cyclePicker(cycles: ReportCycle[], current: ReportCycle | undefined, extra: Record<string, string> = {}): Html {
  if (cycles.length < 2) return html``;
  return html`<form method="get" class="bv-inline-form" data-cycle-picker>
    ${Object.entries(extra).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
    <div class="govuk-form-group">
      <label class="govuk-label" for="cycle">Assessment cycle</label>
      <select class="govuk-select" id="cycle" name="cycle">
        ${cycles.map((c) => html`<option value="${c.cycleId}" ${c.cycleId === current?.cycleId ? 'selected' : ''}>${c.title} (${c.year})</option>`)}
      </select>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Show</button>
    </div>
  </form>`;
}

/** Submits GET forms through the app's router instead of a full page load. */
export function routeGetForms(main: HTMLElement, navigate: (to: string) => void): void {
  main.querySelectorAll<HTMLFormElement>('form[method="get"]').forEach((form) =>
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const params = new URLSearchParams();
      new FormData(form).forEach((v, k) => {
        if (String(v) !== '') params.set(k, String(v));
      });
      const q = params.toString();
      navigate(location.pathname + (q ? '?' + q : ''));
    }),
  );
}
