// Reviewers' comments on the narrative: open threads (the quoted passage as an inset, the replies, forms to reply
// and resolve), resolved ones collapsed, and a form to comment. The forms shown follow the API's rules
// (assessment's CommentRules); the API refuses anything else anyway.
import { assessment, type CommentThread, type HistoryEntry, type Narrative } from '../../api/assessment';
import { etagOf, personLabel } from '../../api/http';
import { currentUser, type Role } from '../../auth';
import { showErrorSummary } from '../../components/errors';
import { formatDateTime, html, type Html } from '../../html';
import type { ScreenContext } from '../../router';

const COMMENTING: readonly Role[] = ['reviewer', 'moderator', 'leadership', 'planner'];

/** What the signed-in user may do with the narrative's threads. */
interface Abilities {
  start: boolean;
  reply: boolean;
  resolve: (t: CommentThread) => boolean;
}

function abilities(narrative: Narrative | undefined, history: HistoryEntry[]): Abilities {
  const user = currentUser();
  const roles = user?.roles ?? [];
  // Whoever wrote a revision or is a recorded contributor worked on the narrative.
  const workedOn = new Set<string>([...(narrative?.contributors ?? []).map((c) => c.userId), ...(narrative?.authorId ? [narrative.authorId] : []),
    ...history.filter((h) => h.streamType !== 'comment-thread' && typeof h.authorId === 'string').map((h) => h.authorId as string)]);
  const me = user?.id ?? '';
  const start = roles.some((r) => COMMENTING.includes(r));
  return {
    start: !!narrative && start,
    reply: !!narrative && (start || roles.includes('author') || workedOn.has(me)),
    resolve: (t) => roles.includes('planner') || t.openedBy === me || workedOn.has(me),
  };
}

export function commentsSection(threads: CommentThread[] | null, narrative: Narrative | undefined, history: HistoryEntry[]): Html {
  if (threads === null) return html`<p class="govuk-body">Comments are not available to you.</p>`;
  const can = abilities(narrative, history);
  const open = threads.filter((t) => t.status === 'OPEN');
  const resolved = threads.filter((t) => t.status === 'RESOLVED');
  return html`<div data-testid="comments">
    <p class="govuk-body" data-testid="open-comment-count">${open.length === 0 ? 'No open comments.' : `${open.length} open comment${open.length === 1 ? '' : 's'}.`}</p>
    ${open.map((t) => thread(t, can))}
    ${resolved.length
      ? html`<details class="govuk-details" data-testid="resolved-comments"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Resolved comments (${resolved.length})</span></summary>
        <div class="govuk-details__text">${resolved.map((t) => thread(t, can))}</div></details>`
      : ''}
    ${can.start ? startForm() : ''}
  </div>`;
}

function thread(t: CommentThread, can: Abilities): Html {
  const who = (id: string) => personLabel(t.people?.[id], id);
  const [first, ...replies] = t.messages;
  return html`<div class="bv-thread" data-testid="thread" data-thread-id="${t.id}">
    <h3 class="govuk-heading-s" id="thread-${t.id}">${t.status === 'RESOLVED' ? 'Resolved comment' : 'Comment'} by ${who(t.openedBy)}, ${formatDateTime(t.openedAt)}</h3>
    ${t.quote ? html`<blockquote class="govuk-inset-text" data-testid="quote"><span class="govuk-visually-hidden">On the passage: </span>“${t.quote}” <span class="govuk-hint govuk-!-display-inline">(revision ${t.narrativeRevision})</span></blockquote>` : ''}
    <p class="govuk-body bv-pre">${first?.text ?? ''}</p>
    ${replies.length
      ? html`<ul class="govuk-list bv-replies" aria-label="Replies">${replies.map((m) => html`<li data-testid="reply">
          <p class="govuk-body-s govuk-!-margin-bottom-1"><strong>${who(m.authorId)}</strong>, ${formatDateTime(m.at)}</p>
          <p class="govuk-body bv-pre">${m.text}</p></li>`)}</ul>`
      : ''}
    ${t.status === 'RESOLVED'
      ? html`<p class="govuk-body" data-testid="resolution">Resolved by ${who(t.resolvedBy ?? '')}, ${formatDateTime(t.resolvedAt)}${t.resolutionNote ? html`: ${t.resolutionNote}` : ''}</p>
        ${can.resolve(t) ? html`<form data-thread-action="reopen" data-thread="${t.id}" data-version="${t.version}" novalidate>
          <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Reopen<span class="govuk-visually-hidden"> the comment by ${who(t.openedBy)}</span></button></form>` : ''}`
      : html`${can.reply ? html`<form data-thread-action="reply" data-thread="${t.id}" data-version="${t.version}" novalidate>
          <div class="govuk-form-group"><label class="govuk-label" for="reply-${t.id}">Reply</label>
            <textarea class="govuk-textarea" id="reply-${t.id}" name="text" rows="2"></textarea></div>
          <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Reply<span class="govuk-visually-hidden"> to the comment by ${who(t.openedBy)}</span></button></form>` : ''}
        ${can.resolve(t) ? html`<form data-thread-action="resolve" data-thread="${t.id}" data-version="${t.version}" novalidate>
          <div class="govuk-form-group"><label class="govuk-label" for="note-${t.id}">How it was addressed (optional)</label>
            <input class="govuk-input" id="note-${t.id}" name="note" type="text"></div>
          <button class="govuk-button" data-module="govuk-button">Resolve<span class="govuk-visually-hidden"> the comment by ${who(t.openedBy)}</span></button></form>` : ''}`}
  </div>`;
}

function startForm(): Html {
  return html`<form id="comment-form" data-testid="comment-form" novalidate>
    <h3 class="govuk-heading-s">Comment on the narrative</h3>
    <div class="govuk-form-group"><label class="govuk-label" for="comment-text">Comment</label>
      <textarea class="govuk-textarea" id="comment-text" name="text" rows="3"></textarea></div>
    <div class="govuk-form-group"><label class="govuk-label" for="comment-quote">Passage you are commenting on (optional)</label>
      <div class="govuk-hint" id="comment-quote-hint">Copy the words exactly as they appear in the narrative.</div>
      <input class="govuk-input" id="comment-quote" name="quote" type="text" aria-describedby="comment-quote-hint"></div>
    <button class="govuk-button" data-module="govuk-button" id="add-comment">Add comment</button>
  </form>`;
}

/** Wires the forms: each write names the thread's version (If-Match), then the screen shows the result. */
export function wireComments(ctx: ScreenContext, cycleId: string, code: string): void {
  const section = ctx.main.querySelector<HTMLElement>('[data-testid="comments"]');
  if (!section) return;
  const done = (message: string) => ctx.navigate(`${location.pathname}?comments=${encodeURIComponent(message)}#comments`, true);
  section.querySelector<HTMLFormElement>('#comment-form')?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const text = (form.elements.namedItem('text') as HTMLTextAreaElement).value;
    const quote = (form.elements.namedItem('quote') as HTMLInputElement).value.trim();
    try {
      await assessment.startThread(cycleId, code, quote ? { text, quote } : { text });
      done('Your comment was added.');
    } catch (e) {
      showErrorSummary(section, e, { text: 'comment-text', quote: 'comment-quote' });
    }
  });
  section.querySelectorAll<HTMLFormElement>('form[data-thread-action]').forEach((form) => form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = form.dataset.thread!;
    const etag = etagOf(form.dataset.version!);
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
    try {
      switch (form.dataset.threadAction) {
        case 'reply':
          await assessment.reply(cycleId, code, id, value('text'), etag);
          done('Your reply was added.');
          break;
        case 'resolve':
          await assessment.resolveThread(cycleId, code, id, etag, value('note') || undefined);
          done('The comment was resolved.');
          break;
        default:
          await assessment.reopenThread(cycleId, code, id, etag);
          done('The comment was reopened.');
      }
    } catch (e) {
      showErrorSummary(section, e, { text: `reply-${id}`, note: `note-${id}` });
    }
  }));
}
