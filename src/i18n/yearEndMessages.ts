import type { Locale } from '../domain/plan/types';
import type { VerdictIssue } from '../domain/verdicts/checkVerdict';
import { reportLayoutIds } from '../reports/layouts/reportLayouts';
import type { ReportOptionProblem } from '../reports/reportBlocks';

/** Texts of the year-end work: report options (delår, layout), verdicts and next year's plan. Swedish first. */
export interface YearEndMessages {
  reportOption(problem: ReportOptionProblem, planId: string, year: number): string;
  verdictIssue(issue: VerdictIssue): string;
  verdictRefused(count: number): string;
  verdictSaved(area: string, disposition: string): string;
  verdictNotAllowed: string;
  verdictUnknownPlan(planId: string): string;
  verdictNoAreas(year: number): string;
  verdictCardsSent(count: number, year: number): string;
  planNextAdminsOnly: string;
  planNextNoPlan(year: number): string;
  planNextBadYear(text: string): string;
  planNextDraft(fromYear: number, file: string, carried: number, closed: number): string;
  planNextNoVerdicts(fromYear: number, missing: string[]): string;
}

/** Every layout there is, as src/reports/layouts/reportLayouts.ts lists them. */
const layoutList = reportLayoutIds.join(', ');

const sv: YearEndMessages = {
  reportOption: (problem, planId, year) => {
    switch (problem.reason) {
      case 'noCutOff':
        return `Planen ${planId} anger inget brytdatum för delåret. Lägg till report.interimCutOff (eller closingDates.interim), t.ex. ${year}-08-31, och importera planen igen.`;
      case 'cutOffOutsideYear':
        return `Delårets brytdatum ${problem.cutOff} i planen ${planId} ligger utanför planens år ${year}. Rätta report.interimCutOff till ett datum i ${year} och importera planen igen.`;
      case 'unknownLayout':
        return `Rapportlayouten ”${problem.layout}” finns inte. Välj en av: ${layoutList}.`;
    }
  },
  verdictIssue: (issue) => {
    switch (issue.code) {
      case 'unknownArea':
        return `Riskområdet ”${issue.value}” finns inte i planen. Skriv **utvärdering <år>** för nya kort.`;
      case 'missingDisposition':
        return 'Välj ett beslut: Kvarstår, Avslutas, Bevakas eller Överförs till annan process.';
      case 'unknownDisposition':
        return `”${issue.value}” är inget beslut. Välj Kvarstår, Avslutas, Bevakas eller Överförs till annan process.`;
      case 'missingTransferTarget':
        return 'Skriv vart risken överförs, t.ex. Egenkontroll eller Digitaliseringsplanen.';
    }
  },
  verdictRefused: (count) =>
    `Bedömningen sparades inte: ${count} ${count === 1 ? 'sak behöver' : 'saker behöver'} rättas. Det du skrev finns kvar i kortet.`,
  verdictSaved: (area, disposition) => `Bedömningen av ”${area}” är sparad: ${disposition}.`,
  verdictNotAllowed:
    'Bara administratörer och riskområdets ansvariga chefer kan skriva bedömningen. Be kvalitetssamordnaren om hjälp.',
  verdictUnknownPlan: (planId) =>
    `Planen ${planId} finns inte längre i ikbot. Skriv **utvärdering <år>** för kort från den plan som gäller.`,
  verdictNoAreas: (year) =>
    `Du har inga riskområden att bedöma ${year}: bara administratörer och riskområdets ansvariga chefer får kort. Skriv **plan** för att se planen.`,
  verdictCardsSent: (count, year) =>
    `Här ${count === 1 ? 'är ett kort' : `är ${count} kort`} för årets bedömning ${year}, ett per riskområde, med vad resultaten visar. Välj beslut och skriv summering och fortsatta åtgärder.`,
  planNextAdminsOnly: 'Bara administratörer kan ta fram nästa års plan. Be kvalitetssamordnaren om hjälp.',
  planNextNoPlan: (year) =>
    `Det finns ingen plan för ${year} att utgå från. Skriv **plan** för att se vilka planer som finns.`,
  planNextBadYear: (text) => `”${text}” är inget år. Skriv till exempel **plan nästa år 2025**.`,
  planNextDraft: (fromYear, file, carried, closed) =>
    `Här är ett utkast till planen för ${fromYear + 1} (${file}): ${carried} riskområden kvarstår, ${closed} är avslutade (fliken Avslutade). ` +
    'Bedöm riskerna på nytt, fyll i det som saknas och skicka filen till mig när den är klar.',
  planNextNoVerdicts: (fromYear, missing) =>
    `Riskområdena ${missing.join(', ')} har ingen bedömning för ${fromYear}; de följer med som kvarstående i utkastet. Skriv **utvärdering ${fromYear}** för att bedöma dem.`,
};

const en: YearEndMessages = {
  reportOption: (problem, planId, year) => {
    switch (problem.reason) {
      case 'noCutOff':
        return `Plan ${planId} gives no interim (delår) cut-off date. Add report.interimCutOff (or closingDates.interim), e.g. ${year}-08-31, and import the plan again.`;
      case 'cutOffOutsideYear':
        return `The interim cut-off ${problem.cutOff} of plan ${planId} is outside the plan's year ${year}. Correct report.interimCutOff to a date in ${year} and import the plan again.`;
      case 'unknownLayout':
        return `There is no report layout "${problem.layout}". Choose one of: ${layoutList}.`;
    }
  },
  verdictIssue: (issue) => {
    switch (issue.code) {
      case 'unknownArea':
        return `The risk area "${issue.value}" is not in the plan. Type **evaluate <year>** for new cards.`;
      case 'missingDisposition':
        return 'Choose a verdict: remains, closed, monitored or transferred to another process.';
      case 'unknownDisposition':
        return `"${issue.value}" is not a verdict. Choose remains, closed, monitored or transferred to another process.`;
      case 'missingTransferTarget':
        return 'Write where the risk is transferred, e.g. Egenkontroll (self-inspection) or the digitalisation plan.';
    }
  },
  verdictRefused: (count) =>
    `The assessment was not saved: ${count} ${count === 1 ? 'thing needs' : 'things need'} fixing. What you wrote is still in the card.`,
  verdictSaved: (area, disposition) => `The assessment of "${area}" is saved: ${disposition}.`,
  verdictNotAllowed:
    "Only administrators and the risk area's responsible managers can write the assessment. Ask the quality coordinator for help.",
  verdictUnknownPlan: (planId) =>
    `Plan ${planId} is no longer in ikbot. Type **evaluate <year>** for cards from the current plan.`,
  verdictNoAreas: (year) =>
    `You have no risk areas to assess for ${year}: only administrators and the areas' responsible managers get cards. Type **plan** to see the plan.`,
  verdictCardsSent: (count, year) =>
    `Here ${count === 1 ? 'is one card' : `are ${count} cards`} for the ${year} assessment, one per risk area, with what the results show. Choose a verdict and write the summary and further actions.`,
  planNextAdminsOnly: "Only administrators can draft next year's plan. Ask the quality coordinator for help.",
  planNextNoPlan: (year) =>
    `There is no plan for ${year} to start from. Type **plan** to see which plans exist.`,
  planNextBadYear: (text) => `"${text}" is not a year. Type for example **plan next year 2025**.`,
  planNextDraft: (fromYear, file, carried, closed) =>
    `Here is a draft of the ${fromYear + 1} plan (${file}): ${carried} risk areas remain, ${closed} are closed (sheet Avslutade). ` +
    'Re-score the risks, fill in what is missing and send me the file when it is ready.',
  planNextNoVerdicts: (fromYear, missing) =>
    `The risk areas ${missing.join(', ')} have no assessment for ${fromYear}; the draft carries them as remaining. Type **evaluate ${fromYear}** to assess them.`,
};

export function yearEndMessagesFor(locale: Locale): YearEndMessages {
  return locale === 'en' ? en : sv;
}
