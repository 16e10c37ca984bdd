/**
 * The grid's look, shared by Sheets and Slides so a journey looks the same in both: Google's
 * palette, a blue stage band, grey lane labels, grey italic beginner hints.
 */
export const THEME = {
  font: 'Arial',
  titleSize: 16,
  bodySize: 10,
  headerSize: 11,
  stageBand: '#1a73e8',
  stageBandText: '#ffffff',
  laneLabel: '#f1f3f4',
  laneLabelText: '#202124',
  text: '#202124',
  hint: '#9aa0a6',
  loopText: '#1967d2',
  separatorText: '#5f6368',
  separatorLine: '#80868b',
  border: '#dadce0',
  cardLabel: '#5f6368',
  antiPersona: '#d93025',
  antiPersonaFill: '#fce8e6',
  dropOffFill: '#fce8e6',
  dropOffText: '#c5221f',
  emotion: { '-2': '#f4c7c3', '-1': '#fce8e6', '0': '#ffffff', '1': '#e6f4ea', '2': '#ceead6' } as Record<
    string,
    string
  >,
  /** Sheets column widths (pixels). */
  labelColumnWidth: 160,
  stageColumnWidth: 200,
} as const;

/** Number formats: emotion shows its sign (+1, −1), metrics show as percentages. */
export const NUMBER_FORMATS = {
  emotion: '+0;-0;0',
  /** Percent points with a literal % (a quoted % does not scale): a typed 40 shows 40.0%. */
  metric: '0.0"%"',
  text: '@',
} as const;
