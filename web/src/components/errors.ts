// GOV.UK error summary and messages from a problem+json answer (field-level when the API names the field).
import { ApiError } from '../api/http';
import { html, type Html } from '../html';

export function problemMessage(e: unknown): string {
  if (e instanceof ApiError) {
    const p = e.problem;
    if (e.status === 403) return 'You do not have permission to do this.';
    return p.detail ?? p.title ?? `The service answered ${e.status}`;
  }
  return e instanceof Error ? e.message : String(e);
}

/** Shows an error summary at the top of `container` and focuses it (GOV.UK pattern). */
export function showErrorSummary(container: HTMLElement, e: unknown, fieldIds: Record<string, string> = {}): void {
  container.querySelector('.govuk-error-summary')?.remove();
  const field = e instanceof ApiError ? (e.problem.field as string | undefined) : undefined;
  const target = field ? fieldIds[field] : undefined;
  const summary = document.createElement('div');
  summary.className = 'govuk-error-summary';
  summary.setAttribute('data-module', 'govuk-error-summary');
  summary.innerHTML = errorSummary(problemMessage(e), target).value;
  container.prepend(summary);
  summary.tabIndex = -1;
  summary.focus();
}

function errorSummary(message: string, targetId?: string): Html {
  return html`<div role="alert">
    <h2 class="govuk-error-summary__title">There is a problem</h2>
    <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
      <li>${targetId ? html`<a href="#${targetId}">${message}</a>` : message}</li>
    </ul></div></div>`;
}

export function clearErrors(container: HTMLElement): void {
  container.querySelector('.govuk-error-summary')?.remove();
}

export function errorPage(e: unknown): Html {
  const status = e instanceof ApiError ? e.status : 0;
  const title = status === 404 ? 'Page not found' : status === 403 ? 'You cannot see this page' : 'Sorry, there is a problem with the service';
  return html`<h1 class="govuk-heading-l" tabindex="-1">${title}</h1><p class="govuk-body">${problemMessage(e)}</p>`;
}
