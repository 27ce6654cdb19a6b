// The reviewer's queue: the characteristics of the themes they were assigned in open rounds.
import { currentUser } from '../../auth';
import { assessment, type Characteristic } from '../../api/assessment';
import { scoring, type Score } from '../../api/scoring';
import { colourTag } from '../../components/heatmap';
import { humanise } from '../../colours';
import { html } from '../../html';
import type { ScreenContext } from '../../router';

export async function render(ctx: ScreenContext): Promise<void> {
  const me = currentUser()!;
  const rounds = (await scoring.rounds({ size: 200 })).items.filter((r) => r.status !== 'CLOSED');
  const details = await Promise.all(rounds.map((r) => scoring.round(r.roundId)));
  const mine = details.flatMap((d) => d.body.reviewers.filter((x) => x.reviewerId === me.id).map((x) => ({ round: d.body, theme: x.themeCode })));
  // The round lists what is still unscored; the framework says which characteristics are the theme's.
  const frameworks = new Map<string, Promise<Characteristic[]>>();
  const characteristicsOf = (cycleId: string) => {
    if (!frameworks.has(cycleId)) {
      frameworks.set(cycleId, assessment.cycle(cycleId).then((c) => assessment.framework(c.body.frameworkVersionId)).then((f) => f.characteristics));
    }
    return frameworks.get(cycleId)!;
  };
  const queues = await Promise.all(
    mine.map(async (m) => {
      const [scored, characteristics] = await Promise.all([scoring.allScores(m.round.roundId, { theme: m.theme }), characteristicsOf(m.round.cycleId)]);
      const byCode = new Map(scored.filter((s) => s.themeCode === m.theme).map((s) => [s.characteristicCode, s]));
      const scores: Score[] = characteristics
        .filter((c) => c.themeCode === m.theme && !c.crossReferenceTo && (byCode.has(c.code) || m.round.unscored.includes(c.code)))
        .map((c) => byCode.get(c.code) ?? { roundId: m.round.roundId, cycleId: m.round.cycleId, characteristicCode: c.code, themeCode: m.theme, status: 'UNSCORED' });
      return { ...m, scores };
    }),
  );
  ctx.main.innerHTML = html`
    <h1 class="govuk-heading-l">My review queue</h1>
    ${queues.length === 0 ? html`<p class="govuk-body" data-testid="empty-queue">You are not the reviewer of any theme in an open round.</p>` : ''}
    ${queues.map((q) => {
      const todo = q.scores.filter((s: Score) => !s.colour || s.status === 'UNSCORED' || s.status === 'REOPENED');
      return html`<h2 class="govuk-heading-m">${q.round.name}: theme ${q.theme}</h2>
      <p class="govuk-body">${todo.length} of ${q.scores.length} still to score.</p>
      <table class="govuk-table" data-testid="queue"><caption class="govuk-visually-hidden">Characteristics of theme ${q.theme}</caption>
        <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Characteristic</th><th scope="col" class="govuk-table__header">Stage</th><th scope="col" class="govuk-table__header">Colour</th><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Action</span></th></tr></thead>
        <tbody class="govuk-table__body">${q.scores.map((s) => html`<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${s.characteristicCode}</th>
          <td class="govuk-table__cell">${humanise(s.status)}</td><td class="govuk-table__cell">${colourTag(s.colour)}</td>
          <td class="govuk-table__cell"><a class="govuk-link" href="/reviewer/${encodeURIComponent(q.round.roundId)}/${encodeURIComponent(s.characteristicCode)}">${s.colour ? 'Rescore' : 'Score'}<span class="govuk-visually-hidden"> ${s.characteristicCode}</span></a></td></tr>`)}</tbody></table>`;
    })}`.value;
}
