// The sector benchmark for council staff: the council's consent (join or leave, its admin's decision, with
// what it means), and — once the council shares — per characteristic how many sharing councils reached each final
// colour on the framework version, and where the council stands. The API refuses the benchmark to a council that
// does not share (403 benchmark-not-shared); this screen explains it rather than calling for it.
import { personLabel } from '../../api/http';
import { benchmark, type BenchmarkConsent, type SectorBenchmark } from '../../api/reporting';
import { hasAnyRole } from '../../auth';
import { benchmarkTables, suppressionNote } from '../../components/benchmark';
import { routeGetForms } from '../../components/cycle-picker';
import { problemMessage, showErrorSummary } from '../../components/errors';
import { reportCycles } from '../../cycles';
import { formatDateTime, html } from '../../html';
import type { ScreenContext } from '../../router';

export async function render(ctx: ScreenContext): Promise<void> {
  const { body: consent, etag } = await benchmark.consent();
  const isAdmin = hasAnyRole(['admin']);
  const cycles = consent.sharing ? await reportCycles() : [];
  const frameworks = [...new Map(cycles.filter((c) => c.frameworkVersionId).map((c) => [c.frameworkVersionId!, c])).values()];
  const chosen = ctx.query.get('framework') ?? frameworks[0]?.frameworkVersionId;
  let result: SectorBenchmark | null = null;
  let failure: string | null = null;
  if (consent.sharing && chosen) {
    try {
      result = await benchmark.forFramework(chosen);
    } catch (e) {
      failure = problemMessage(e);
    }
  }
  const saved = ctx.query.get('saved');

  ctx.main.innerHTML = html`
    <h1 class="govuk-heading-l">Sector benchmark</h1>
    ${saved ? html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="bm-saved" data-module="govuk-notification-banner"><div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="bm-saved">Success</h2></div><div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading" data-testid="saved">${saved}</p></div></div>` : ''}
    <p class="govuk-body">Councils that choose to share see, for each characteristic, how many of the sharing councils reached
      each final colour — never which council — and where their own council stands. Residents see the same counts for published
      self-assessments.</p>
    ${consentSection(consent, isAdmin)}
    ${consent.sharing ? html`
      <h2 class="govuk-heading-m">The benchmark</h2>
      ${frameworks.length > 1 ? html`<form method="get" class="bv-inline-form"><div class="govuk-form-group">
        <label class="govuk-label" for="bm-framework">Framework version</label>
        <select class="govuk-select" id="bm-framework" name="framework">${frameworks.map((c) => html`<option value="${c.frameworkVersionId}" ${c.frameworkVersionId === chosen ? 'selected' : ''}>The version of ${c.title}</option>`)}</select>
        <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Show</button></div></form>` : ''}
      ${failure ? html`<p class="govuk-body">${failure}</p>`
        : !result ? html`<p class="govuk-body">Your council has no assessment cycle yet, so there is nothing to compare.</p>`
        : html`<p class="govuk-body" data-testid="benchmark-sentence">${result.frameworkName} (${result.frameworkLabel}): ${result.sentence}</p>
          ${suppressionNote(result)}
          ${benchmarkTables(result, true)}`}` : ''}`.value;

  ctx.main.querySelector('#bm-consent')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      if (consent.sharing) await benchmark.leave(etag);
      else await benchmark.join(etag);
      ctx.navigate(`/benchmark?saved=${encodeURIComponent(consent.sharing ? 'Your council no longer shares with the sector benchmark' : 'Your council now shares with the sector benchmark')}`, true);
    } catch (e) {
      showErrorSummary(ctx.main, e);
    }
  });
  routeGetForms(ctx.main, ctx.navigate);
}

function consentSection(consent: BenchmarkConsent, isAdmin: boolean) {
  const who = consent.decidedBy ? personLabel(consent.decidedByPerson, consent.decidedBy) : null;
  return html`
    <h2 class="govuk-heading-m">Sharing</h2>
    <dl class="govuk-summary-list" data-testid="consent">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Your council</dt>
        <dd class="govuk-summary-list__value" data-testid="sharing">${consent.sharing ? 'Shares its final colours' : 'Does not share'}</dd></div>
      ${who ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Decided</dt>
        <dd class="govuk-summary-list__value">${formatDateTime(consent.decidedAt)} by ${who}</dd></div>` : ''}
    </dl>
    <p class="govuk-body">${consent.explanation}</p>
    ${!consent.sharing ? html`<div class="govuk-inset-text" data-testid="not-shared">You see the benchmark once your council shares:
      only councils that share see it.${isAdmin ? '' : ' Your council’s admin can join.'}</div>` : ''}
    ${isAdmin ? html`<form id="bm-consent">
      ${consent.sharing
        ? html`<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>If your council leaves, its colours are no longer counted and it no longer sees the benchmark.</strong></div>
          <button class="govuk-button govuk-button--warning" data-module="govuk-button">Leave the sector benchmark</button>`
        : html`<button class="govuk-button" data-module="govuk-button">Join the sector benchmark</button>`}
    </form>` : ''}`;
}
