/**
 * Adaptive Cards host configs close to Teams' own (light and dark): Segoe UI, 14 px text, Teams purple
 * for accent and for the primary (positive) button, Teams' good/warning/attention colours. Used by
 * `npm run cards:preview` so the previews look like Teams.
 */
export type PreviewTheme = 'light' | 'dark';

interface Palette {
  background: string;
  emphasis: string;
  text: string;
  subtle: string;
  accent: string;
  good: string;
  warning: string;
  attention: string;
  separator: string;
  page: string;
  border: string;
  button: string;
  buttonText: string;
}

export const PALETTES: Readonly<Record<PreviewTheme, Palette>> = {
  light: {
    background: '#FFFFFF',
    emphasis: '#F5F5F5',
    text: '#242424',
    subtle: '#616161',
    accent: '#6264A7',
    good: '#237B4B',
    warning: '#835C00',
    attention: '#C4314B',
    separator: '#E1DFDD',
    page: '#F5F5F5',
    border: '#D1D1D1',
    button: '#FFFFFF',
    buttonText: '#242424',
  },
  dark: {
    background: '#292929',
    emphasis: '#1F1F1F',
    text: '#FFFFFF',
    subtle: '#ADADAD',
    accent: '#A6A7DC',
    good: '#92C353',
    warning: '#F8D22A',
    attention: '#F1707B',
    separator: '#3D3D3D',
    page: '#1F1F1F',
    border: '#5C5C5C',
    button: '#292929',
    buttonText: '#FFFFFF',
  },
};

/** Teams' brand purple, the background of primary buttons in both themes. */
export const TEAMS_PURPLE = '#5B5FC7';

export function teamsHostConfig(theme: PreviewTheme): Record<string, unknown> {
  const p = PALETTES[theme];
  const foreground = {
    default: { default: p.text, subtle: p.subtle },
    dark: { default: p.text, subtle: p.subtle },
    light: { default: p.text, subtle: p.subtle },
    accent: { default: p.accent, subtle: p.accent },
    good: { default: p.good, subtle: p.good },
    warning: { default: p.warning, subtle: p.warning },
    attention: { default: p.attention, subtle: p.attention },
  };
  const style = (backgroundColor: string) => ({ backgroundColor, foregroundColors: foreground });
  return {
    fontFamily: "'Segoe UI', 'Helvetica Neue', 'DejaVu Sans', sans-serif",
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: p.separator },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 200, default: 400, bolder: 600 },
    containerStyles: {
      default: style(p.background),
      emphasis: style(p.emphasis),
      accent: style(p.emphasis),
      good: style(p.emphasis),
      warning: style(p.emphasis),
      attention: style(p.emphasis),
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 16 },
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
    },
    inputs: { label: { requiredInputs: { suffix: ' *', suffixColor: 'attention' }, optionalInputs: {} } },
    factSet: { title: { weight: 'bolder', wrap: true, maxWidth: 160 }, value: { wrap: true }, spacing: 10 },
  };
}

/** The page around the card: Teams' chat background and its button look (purple primary buttons). */
export function previewPageHtml(theme: PreviewTheme, width: number): string {
  const p = PALETTES[theme];
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 16px; background: ${p.page}; color: ${p.text}; font-family: 'Segoe UI', 'DejaVu Sans', sans-serif; }
  #card { width: ${width}px; background: ${p.background}; border: 1px solid ${p.separator}; border-radius: 6px; overflow: hidden; }
  .ac-pushButton { background: ${p.button}; border: 1px solid ${p.border}; border-radius: 4px; padding: 6px 14px; font-weight: 600; color: ${p.buttonText}; font-family: inherit; }
  .ac-pushButton.style-positive, .ac-pushButton.primary { background: ${TEAMS_PURPLE}; border-color: ${TEAMS_PURPLE}; color: #FFFFFF; }
  .ac-input, .ac-input input, .ac-input select, .ac-input textarea { font-family: inherit; font-size: 14px; background: ${p.background}; color: ${p.text}; border: 1px solid ${p.border}; border-radius: 4px; padding: 5px 8px; }
  .ac-textBlock p { margin: 0; }
</style></head><body><div id="card"></div></body></html>`;
}

/** Teams renders **bold**, _italic_ and line breaks in TextBlocks; the renderer needs this hook for it. */
export function markdownToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1<em>$2</em>')
    .replace(/\n/g, '<br>');
}
