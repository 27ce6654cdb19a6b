// A word-level diff of two texts (longest common subsequence), shown with <ins>/<del> and words for
// screen readers, so a change is never signalled by colour alone.
import { html, type Html } from '../html';

type Part = { kind: 'same' | 'added' | 'removed'; text: string };

export function diffWords(before: string, after: string): Part[] {
  const a = before.split(/(\s+)/).filter((w) => w !== '');
  const b = after.split(/(\s+)/).filter((w) => w !== '');
  const n = a.length, m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const parts: Part[] = [];
  const push = (kind: Part['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { push('same', a[i]); i++; j++; }
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('removed', a[i++]);
    else push('added', b[j++]);
  }
  while (i < n) push('removed', a[i++]);
  while (j < m) push('added', b[j++]);
  return parts;
}

export function diffView(before: string, after: string): Html {
  return html`<div class="govuk-body bv-diff bv-pre" data-testid="diff">${diffWords(before, after).map((p) =>
    p.kind === 'same' ? p.text
      : p.kind === 'added' ? html`<ins><span class="govuk-visually-hidden">[added: </span>${p.text}<span class="govuk-visually-hidden">]</span></ins>`
        : html`<del><span class="govuk-visually-hidden">[removed: </span>${p.text}<span class="govuk-visually-hidden">]</span></del>`,
  )}</div>`;
}
