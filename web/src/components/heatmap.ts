// The heat-map as the committee pack shows it: themes × characteristics, every cell with its code and
// colour name (colour is never the only signal), then counts and percentages per colour with definitions.
import type { HeatMap, Breakdown } from '../api/reporting';
import { SCALE, colourInfo } from '../colours';
import { html, type Html } from '../html';

export function heatMapTable(map: HeatMap, link?: (code: string) => string): Html {
  const width = Math.max(...map.themes.map((t) => t.cells.length), 1);
  // Counted for the council's own users; the public view has no such column.
  const comments = map.themes.some((t) => t.openComments != null);
  return html`<div class="bv-scroll" role="region" aria-label="Heat-map, scrolls sideways" tabindex="0">
  <table class="govuk-table bv-heatmap" data-testid="heat-map">
    <caption class="govuk-table__caption govuk-table__caption--m">${map.cycleTitle} heat-map${map.asOf ? html` <span class="govuk-caption-m">as of ${asOfText(map.asOf)}</span>` : ''}</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">Theme</th>
      ${Array.from({ length: width }, (_, i) => html`<th scope="col" class="govuk-table__header bv-heatmap__num"><span class="govuk-visually-hidden">Characteristic </span>${i + 1}</th>`)}
      <th scope="col" class="govuk-table__header govuk-table__header--numeric">Green</th>
      ${comments ? html`<th scope="col" class="govuk-table__header govuk-table__header--numeric">Open comments</th>` : ''}
    </tr></thead>
    <tbody class="govuk-table__body">
      ${map.themes.map(
        (t) => html`<tr class="govuk-table__row${t.thematicConcern ? ' bv-concern' : ''}">
        <th scope="row" class="govuk-table__header">${t.title}${t.thematicConcern ? html` <strong class="govuk-tag govuk-tag--orange">Thematic concern</strong>` : ''}</th>
        ${t.cells.map((c) => {
          const info = colourInfo(c.colour);
          const cls = c.crossReferenceTo ? 'bv-cell bv-cell--xref' : `bv-cell bv-cell--${(c.colour ?? 'none').toLowerCase()}`;
          const name = c.crossReferenceTo ? `see ${c.crossReferenceTo}` : (info?.name ?? 'Not scored');
          // Open reviewers' comments are said in words in the cell, never by colour or a mark alone.
          const comments = c.openComments ? openCommentsText(c.openComments) : '';
          const inner = html`<span class="bv-cell__code">${c.code}</span><span class="bv-cell__name">${name}</span>${
            comments ? html`<span class="bv-cell__comments" data-testid="open-comments">${comments}</span>` : ''}`;
          const label = `${c.code} ${c.title}: ${name}${comments ? `, ${comments}` : ''}`;
          return html`<td class="govuk-table__cell ${cls}" data-code="${c.code}" data-colour="${c.colour ?? ''}" title="${label}">${
            link && !c.crossReferenceTo ? html`<a class="govuk-link bv-cell__link" href="${link(c.code)}" aria-label="${label}">${inner}</a>` : inner
          }</td>`;
        })}
        ${Array.from({ length: width - t.cells.length }, () => html`<td class="govuk-table__cell"></td>`)}
        <td class="govuk-table__cell govuk-table__cell--numeric">${t.breakdown.green}/${t.breakdown.characteristics} (${t.breakdown.greenPercent}%)</td>
        ${comments ? html`<td class="govuk-table__cell govuk-table__cell--numeric" data-testid="theme-open-comments">${t.openComments ?? 0}</td>` : ''}
      </tr>`,
      )}
    </tbody>
  </table></div>`;
}

/** "1 open comment", "3 open comments". */
export function openCommentsText(n: number): string {
  return `${n} open comment${n === 1 ? '' : 's'}`;
}

export function breakdownTable(totals: Breakdown, caption = 'Scores by colour'): Html {
  return html`<table class="govuk-table" data-testid="colour-counts">
    <caption class="govuk-table__caption govuk-table__caption--m">${caption}</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">Colour</th>
      <th scope="col" class="govuk-table__header">What it means</th>
      <th scope="col" class="govuk-table__header govuk-table__header--numeric">Characteristics</th>
      <th scope="col" class="govuk-table__header govuk-table__header--numeric">Share</th>
    </tr></thead>
    <tbody class="govuk-table__body">
      ${SCALE.map(
        (c) => html`<tr class="govuk-table__row" data-colour="${c.code}">
        <th scope="row" class="govuk-table__header"><span class="bv-swatch bv-cell--${c.code.toLowerCase()}" aria-hidden="true">${c.letter}</span> ${c.name}</th>
        <td class="govuk-table__cell">${c.definition}</td>
        <td class="govuk-table__cell govuk-table__cell--numeric">${totals.counts?.[c.code] ?? 0}</td>
        <td class="govuk-table__cell govuk-table__cell--numeric">${totals.percentages?.[c.code] ?? 0}%</td>
      </tr>`,
      )}
      ${totals.unscored ? html`<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Not scored yet</th><td class="govuk-table__cell"></td><td class="govuk-table__cell govuk-table__cell--numeric">${totals.unscored}</td><td class="govuk-table__cell"></td></tr>` : ''}
    </tbody>
  </table>`;
}

export function colourTag(colour: string | null | undefined): Html {
  const info = colourInfo(colour);
  if (!info) return html`<strong class="govuk-tag govuk-tag--grey">Not scored</strong>`;
  return html`<span class="bv-swatch bv-cell--${info.code.toLowerCase()}" aria-hidden="true">${info.letter}</span> <strong>${info.name}</strong>`;
}

export function asOfText(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
}
