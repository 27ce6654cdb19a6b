// The sector benchmark as tables: per theme, each characteristic's count of councils per final colour (every
// colour named in words in the column header, a letter swatch beside it), suppressed rows explained in words,
// and — for a council that shares — where it stands, in a sentence.
import type { SectorBenchmark } from '../api/reporting';
import { SCALE } from '../colours';
import { html, type Html } from '../html';

export function benchmarkTables(b: SectorBenchmark, withStanding: boolean): Html {
  return html`${b.themes.map((t) => html`
    <div class="bv-scroll" role="region" aria-label="${t.title}, scrolls sideways" tabindex="0">
    <table class="govuk-table" data-testid="benchmark-${t.code}">
      <caption class="govuk-table__caption govuk-table__caption--m">${t.title}</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">Characteristic</th>
        ${SCALE.map((c) => html`<th scope="col" class="govuk-table__header govuk-table__header--numeric"><span class="bv-swatch bv-cell--${c.code.toLowerCase()}" aria-hidden="true">${c.letter}</span> ${c.name}</th>`)}
        <th scope="col" class="govuk-table__header govuk-table__header--numeric">Councils</th>
        ${withStanding ? html`<th scope="col" class="govuk-table__header">Where you stand</th>` : ''}
      </tr></thead>
      <tbody class="govuk-table__body">${t.characteristics.map((c) => html`<tr class="govuk-table__row" data-code="${c.code}">
        <th scope="row" class="govuk-table__header">${c.code} ${c.title}</th>
        ${c.suppressed || !c.counts
          ? html`<td class="govuk-table__cell" colspan="${SCALE.length + 1}" data-testid="suppressed">Not shown: ${c.suppressedReason ?? ''}</td>`
          : html`${SCALE.map((s) => html`<td class="govuk-table__cell govuk-table__cell--numeric">${c.counts!.find((n) => n.colour === s.code)?.councils ?? 0}</td>`)}
            <td class="govuk-table__cell govuk-table__cell--numeric">${c.councils ?? ''}</td>`}
        ${withStanding ? html`<td class="govuk-table__cell" data-testid="standing">${c.standing?.sentence ?? ''}</td>` : ''}
      </tr>`)}</tbody>
    </table></div>`)}`;
}

/** What "suppressed" means, said once above the tables. */
export function suppressionNote(b: SectorBenchmark): Html {
  return html`<div class="govuk-inset-text">Counts are shown only where at least ${b.minimumCouncils} councils have a final colour
    for a characteristic, so that no council's colour can be told from them. No council is named.</div>`;
}
