// The six colours as GOV.UK radios, each with its definition as the hint.
import { SCALE } from '../colours';
import { html, type Html } from '../html';

export function colourRadios(name: string, legend: string, selected?: string | null, idPrefix = name): Html {
  return html`<div class="govuk-form-group"><fieldset class="govuk-fieldset" aria-describedby="${idPrefix}-hint">
    <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${legend}</legend>
    <div id="${idPrefix}-hint" class="govuk-hint">The colour and what it means; the scale is the council's.</div>
    <div class="govuk-radios govuk-radios--small" data-module="govuk-radios">
      ${SCALE.map((c, i) => html`<div class="govuk-radios__item">
        <input class="govuk-radios__input" id="${i === 0 ? idPrefix : `${idPrefix}-${c.code.toLowerCase()}`}" name="${name}" type="radio" value="${c.code}" aria-describedby="${idPrefix}-${c.code.toLowerCase()}-hint" ${selected === c.code ? 'checked' : ''}>
        <label class="govuk-label govuk-radios__label" for="${i === 0 ? idPrefix : `${idPrefix}-${c.code.toLowerCase()}`}"><span class="bv-swatch bv-cell--${c.code.toLowerCase()}" aria-hidden="true">${c.letter}</span> ${c.name}</label>
        <div id="${idPrefix}-${c.code.toLowerCase()}-hint" class="govuk-hint govuk-radios__hint">${c.definition}</div>
      </div>`)}
    </div></fieldset></div>`;
}
