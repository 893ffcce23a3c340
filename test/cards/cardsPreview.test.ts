import { CARD_NAMES } from '../../src/cards/cardNames';
import { DIGEST_CARD_NAMES } from '../../src/cards/digestCardNames';
import { PREVIEW_WIDTHS, previewCases } from '../../scripts/preview/previewCases';
import {
  markdownToHtml,
  previewPageHtml,
  teamsHostConfig,
  TEAMS_PURPLE,
} from '../../scripts/preview/teamsHostConfig';

/** Issue 14 item 14: what `npm run cards:preview` renders (the rendering itself needs Chromium). */
describe('cards:preview', () => {
  it('renders every card, digests included, at laptop and phone width, light and dark', () => {
    const cases = previewCases();
    for (const card of [...CARD_NAMES, ...DIGEST_CARD_NAMES]) {
      expect(
        cases
          .filter((c) => c.card === card)
          .map((c) => `${c.width}.${c.theme}`)
          .sort(),
      ).toEqual(['laptop.dark', 'laptop.light', 'phone.dark', 'phone.light']);
    }
    expect(new Set(cases.map((c) => c.file)).size).toBe(cases.length);
    expect(PREVIEW_WIDTHS.phone).toBeLessThanOrEqual(400);
    expect(PREVIEW_WIDTHS.phone).toBeGreaterThanOrEqual(320);
  });

  it("uses Teams' look: purple primary buttons, dark background in the dark theme, markdown bold", () => {
    expect(previewPageHtml('light', 360)).toContain(
      `.style-positive, .ac-pushButton.primary { background: ${TEAMS_PURPLE}`,
    );
    expect(previewPageHtml('light', 360)).toContain('#card { width: 360px');
    const dark = teamsHostConfig('dark') as {
      containerStyles: {
        default: { backgroundColor: string; foregroundColors: { default: { default: string } } };
      };
    };
    expect(dark.containerStyles.default.backgroundColor).toBe('#292929');
    expect(dark.containerStyles.default.foregroundColors.default.default).toBe('#FFFFFF');
    expect(markdownToHtml('Skriv **status** <nu>')).toBe('Skriv <strong>status</strong> &lt;nu&gt;');
  });
});
