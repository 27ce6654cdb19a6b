// The six-colour scale of the self-assessment, as the council's report defines it.
import type { Colour } from './api/scoring';

export interface ColourInfo { code: Colour; name: string; letter: string; definition: string }

export const SCALE: ColourInfo[] = [
  { code: 'DARK_GREEN', name: 'Dark green', letter: 'DG', definition: 'Strong evidence for a comprehensive narrative; no gaps' },
  { code: 'LIGHT_GREEN', name: 'Light green', letter: 'LG', definition: 'Evidence supports the narrative, with gaps in evidence; actions follow' },
  { code: 'YELLOW', name: 'Yellow', letter: 'Y', definition: 'Some evidence, gaps in the narrative; actions follow' },
  { code: 'AMBER', name: 'Amber', letter: 'A', definition: 'A narrative, but it cannot be evidenced yet' },
  { code: 'RED', name: 'Red', letter: 'R', definition: 'No evidence of success; not yet tackled or major obstacles' },
  { code: 'GREY', name: 'Grey', letter: 'G', definition: "Outside officers' control (politically driven)" },
];

export function colourInfo(code: string | null | undefined): ColourInfo | undefined {
  return SCALE.find((c) => c.code === code);
}

export function colourName(code: string | null | undefined): string {
  return colourInfo(code)?.name ?? 'Not scored';
}

export function humanise(value: string | null | undefined): string {
  if (!value) return '';
  // SCORE_FINALISED, more-evidence and ScoreFinalised all read "Score finalised".
  const s = value.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
