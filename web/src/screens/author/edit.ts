// Write or revise one narrative. The ETag read with the text goes back as If-Match: when someone else saved
// first (409/412) the author sees their version and the difference, and saves a merged text on top of it —
// nothing is ever overwritten silently. Also: link evidence, record contributors, mark ready for review.
import { assessment, type Evidence, type Narrative } from '../../api/assessment';
import { ApiError, type Versioned, personLabel } from '../../api/http';
import { showErrorSummary } from '../../components/errors';
import { diffView } from '../../components/diff';
import { humanise } from '../../colours';
import { hasAnyRole } from '../../auth';
import { html } from '../../html';
import type { ScreenContext } from '../../router';

export async function render(ctx: ScreenContext): Promise<void> {
  const { cycleId, code } = ctx.params;
  const cycle = (await assessment.cycle(cycleId)).body;
  const [framework, current, linked, library] = await Promise.all([
    assessment.framework(cycle.frameworkVersionId),
    assessment.narrative(cycleId, code).catch((e) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
    assessment.narrativeEvidence(cycleId, code).catch(() => [] as Evidence[]),
    assessment.evidence({ size: 200, sort: 'title' }).then((p) => p.items),
  ]);
  const characteristic = framework.characteristics.find((c) => c.code === code);
  let state: Versioned<Narrative> | null = current;
  const notice = ctx.query.get('saved');

  ctx.main.innerHTML = html`
    <a href="/author?cycle=${encodeURIComponent(cycleId)}" class="govuk-back-link">Back to narratives</a>
    ${notice ? html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="saved-title" data-module="govuk-notification-banner">
      <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="saved-title">Success</h2></div>
      <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading" data-testid="saved">${notice}</p></div></div>` : ''}
    <span class="govuk-caption-l">${cycle.title}</span>
    <h1 class="govuk-heading-l">${code} ${characteristic?.title ?? ''}</h1>
    <div class="govuk-inset-text">${characteristic?.description || characteristic?.title || ''}</div>
    ${state ? html`<p class="govuk-body">Status: <strong class="govuk-tag" data-testid="narrative-status">${humanise(state.body.status)}</strong> · revision <span data-testid="revision">${state.body.revision}</span></p>` : ''}
    <div id="conflict"></div>
    <form id="narrative-form" novalidate>
      <div class="govuk-form-group">
        <h2 class="govuk-label-wrapper"><label class="govuk-label govuk-label--m" for="text">Narrative (position statement)</label></h2>
        <div class="govuk-hint" id="text-hint">What the council does for this characteristic, and the evidence that shows it.</div>
        <textarea class="govuk-textarea" id="text" name="text" rows="12" aria-describedby="text-hint">${state?.body.text ?? ''}</textarea>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button" id="save">${state ? 'Save revision' : 'Save draft'}</button>
    </form>
    ${state ? html`
    <h2 class="govuk-heading-m">Review</h2>
    ${state.body.status === 'READY_FOR_REVIEW'
      ? html`<p class="govuk-body">This narrative is ready for review.</p>`
      : html`<button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" id="mark-ready">Mark ready for review</button>`}

    <h2 class="govuk-heading-m">Evidence</h2>
    ${linked.length ? html`<ul class="govuk-list govuk-list--bullet" data-testid="linked-evidence">${linked.map((e) => html`<li>${e.title}</li>`)}</ul>` : html`<p class="govuk-body">No evidence linked yet.</p>`}
    <form id="attach-form" class="bv-inline-form">
      <div class="govuk-form-group"><label class="govuk-label" for="evidence">Link evidence from the library</label>
        <select class="govuk-select" id="evidence" name="evidence">${library.filter((e) => !linked.some((l) => l.id === e.id)).map((e) => html`<option value="${e.id}">${e.title}</option>`)}</select>
        <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Link evidence</button></div>
    </form>
    <p class="govuk-body"><a class="govuk-link" href="/evidence">Add evidence to the library</a></p>

    <h2 class="govuk-heading-m">Contributors</h2>
    ${state.body.contributors?.length ? html`<ul class="govuk-list govuk-list--bullet" data-testid="contributors">${state.body.contributors.map((c) => html`<li data-user-id="${c.userId}">${personLabel(state!.body.people?.[c.userId], c.userId)} – ${c.role}</li>`)}</ul>` : html`<p class="govuk-body">No contributors recorded yet.</p>`}
    <form id="contributor-form">
      <div class="bv-row">
        <div class="govuk-form-group"><label class="govuk-label" for="contributor-id">Contributor (user id)</label><input class="govuk-input govuk-input--width-20" id="contributor-id" name="userId" type="text" spellcheck="false"></div>
        <div class="govuk-form-group"><label class="govuk-label" for="contributor-role">Role in the work</label><input class="govuk-input govuk-input--width-20" id="contributor-role" name="role" type="text" placeholder="e.g. workshop"></div>
        <div class="govuk-form-group"><button class="govuk-button govuk-button--secondary" data-module="govuk-button">Record contributor</button></div>
      </div>
    </form>
    ${state.body.contributors?.length && hasAnyRole(['planner']) ? html`
    <details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Remove a contributor recorded by mistake</span></summary>
      <div class="govuk-details__text"><form id="remove-contributor-form" novalidate>
        <div class="govuk-form-group"><label class="govuk-label" for="remove-id">Contributor</label>
          <select class="govuk-select" id="remove-id" name="userId">${[...new Set(state.body.contributors.map((c) => c.userId))].map((u) => html`<option value="${u}">${personLabel(state!.body.people?.[u], u)}</option>`)}</select></div>
        <div class="govuk-form-group"><label class="govuk-label" for="remove-reason">Reason (kept in the history)</label>
          <textarea class="govuk-textarea" id="remove-reason" name="reason" rows="2"></textarea></div>
        <button class="govuk-button govuk-button--warning" data-module="govuk-button">Remove contributor</button>
      </form></div></details>` : ''}` : ''}
  `.value;

  const reload = (message: string) => ctx.navigate(`${location.pathname}?saved=${encodeURIComponent(message)}`, true);
  const textarea = ctx.main.querySelector<HTMLTextAreaElement>('#text')!;
  const conflict = ctx.main.querySelector<HTMLElement>('#conflict')!;

  ctx.main.querySelector('#narrative-form')!.addEventListener('submit', async (event) => {
    event.preventDefault();
    const mine = textarea.value;
    try {
      if (state) await assessment.revise(cycleId, code, mine, state.etag);
      else await assessment.draft(cycleId, code, mine);
      reload('Narrative saved');
    } catch (e) {
      if (e instanceof ApiError && e.stale && state) {
        // Someone saved first: show what they wrote, keep what I wrote, let me merge on top of theirs.
        const theirs = await assessment.narrative(cycleId, code);
        const base = state.body.text;
        state = theirs;
        conflict.innerHTML = html`<div class="govuk-error-summary" data-module="govuk-error-summary" data-testid="conflict"><div role="alert">
            <h2 class="govuk-error-summary__title">Someone else changed this narrative while you were editing</h2>
            <div class="govuk-error-summary__body"><p class="govuk-body">${theirs.body.authorId ?? 'Another author'} saved revision ${theirs.body.revision}. Your text was not saved. Merge your changes into the box below and save again.</p>
            <ul class="govuk-list govuk-error-summary__list"><li><a href="#text">Merge your changes into the narrative</a></li></ul></div></div></div>
          <h2 class="govuk-heading-m">Their version (revision ${theirs.body.revision})</h2>
          <div class="govuk-inset-text bv-pre" data-testid="their-text">${theirs.body.text}</div>
          <h3 class="govuk-heading-s">What they changed since you started</h3>${diffView(base, theirs.body.text)}
          <h3 class="govuk-heading-s">What you changed</h3>${diffView(base, mine)}`.value;
        ctx.main.querySelector('#save')!.textContent = 'Save merged revision';
        conflict.querySelector<HTMLElement>('.govuk-error-summary')!.tabIndex = -1;
        conflict.querySelector<HTMLElement>('.govuk-error-summary')!.focus();
      } else {
        showErrorSummary(ctx.main, e, { text: 'text' });
      }
    }
  });

  ctx.main.querySelector('#mark-ready')?.addEventListener('click', async () => {
    try {
      await assessment.markReady(cycleId, code, state!.etag);
      reload('Marked ready for review');
    } catch (e) {
      showErrorSummary(ctx.main, e);
    }
  });
  ctx.main.querySelector('#attach-form')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = (ctx.main.querySelector('#evidence') as HTMLSelectElement).value;
    try {
      await assessment.attach(cycleId, code, id, state!.etag);
      reload('Evidence linked');
    } catch (e) {
      showErrorSummary(ctx.main, e, { evidenceId: 'evidence' });
    }
  });
  ctx.main.querySelector('#remove-contributor-form')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    try {
      await assessment.removeContributor(cycleId, code, String(data.get('userId')), String(data.get('reason') ?? ''), state!.etag);
      reload('Contributor removed');
    } catch (e) {
      showErrorSummary(ctx.main, e, { userId: 'remove-id', reason: 'remove-reason' });
    }
  });
  ctx.main.querySelector('#contributor-form')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    try {
      await assessment.addContributor(cycleId, code, { userId: String(data.get('userId')), role: String(data.get('role')) }, state!.etag);
      reload('Contributor recorded');
    } catch (e) {
      showErrorSummary(ctx.main, e, { userId: 'contributor-id', role: 'contributor-role' });
    }
  });
}
