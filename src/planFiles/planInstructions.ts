/**
 * The text of the template's "Instruktioner" sheet: Swedish first, English below each line.
 * Rows of [Swedish, English]; a row with an empty English text is a heading.
 */
export const planInstructions: Array<[string, string]> = [
  [
    'Plan för intern kontroll – mall för import till ikbot',
    'Internal-control plan – template for import into ikbot',
  ],
  ['', ''],
  ['Så fyller du i', 'How to fill it in'],
  [
    'Fyll i flikarna Plan, Riskområden, Kontrollmoment, Kontrollpunkter, Åtgärder, Enheter, Personer, Roller och Tilldelningar. Ändra inte flikarnas namn eller rubrikerna i rad 1.',
    'Fill in the sheets Plan, Riskområden, Kontrollmoment, Kontrollpunkter, Åtgärder, Enheter, Personer, Roller and Tilldelningar. Do not rename the sheets or the headers in row 1.',
  ],
  [
    'Id väljer du själv (t.ex. R1, R1-K1, ifo, mas). De måste vara unika och används för att koppla ihop flikarna.',
    'You choose the ids (e.g. R1, R1-K1, ifo, mas). They must be unique and link the sheets together.',
  ],
  [
    'Vid import kontrolleras hela filen och alla fel visas på en gång, med flik, rad och kolumn.',
    'On import the whole file is checked and every error is shown at once, with sheet, row and column.',
  ],
  ['', ''],
  ['Flikarna', 'The sheets'],
  [
    'Plan: en rad per fält (Id, Titel, Organisation, År, Status, Antagen datum, Beslut (paragraf) t.ex. "2024-12-19 § 97", Delårsbokslut datum, Årsbokslut datum). Styrdokument och Riskgräns får stå på flera rader.',
    'Plan: one row per field (id, title, organisation, year, status, adoption date, decision reference e.g. "2024-12-19 § 97", interim and annual closing dates). Styrdokument (governing documents) and Riskgräns (risk thresholds) may repeat.',
  ],
  [
    'Riskgräns skrivs "8–12: Internkontrollplan". Utan riskgränser används Vaggeryds: 1–3 Ingen åtgärd, 4–6 Risken bevakas, 8–12 Internkontrollplan, 16 Internkontrollplan samt åtgärd.',
    'A risk threshold is written "8–12: Internkontrollplan". Without any, Vaggeryd\'s are used: 1–3 none, 4–6 monitor, 8–12 control plan, 16 control plan and action.',
  ],
  [
    'Riskområden: Sannolikhet (S) och Konsekvens (K) 1–4, eller tomt om risken inte är bedömd. Riskvärde (R) = S × K räknas ut av ikbot och läses inte in.',
    'Riskområden (risk areas): probability and consequence 1–4, or empty when not scored. The risk value is computed and not read.',
  ],
  [
    'Kontrollmoment: ett kontrollmoment per rad, kopplat till sitt riskområde med Riskområde-id. Utförare och Ansvarig anges med roll-id från fliken Roller. Enheter är enhets-id med komma emellan; tomt = hela förvaltningen.',
    'Kontrollmoment (control points): one per row, linked to a risk area by Riskområde-id. Performer and responsible are role ids from Roller. Enheter: unit ids separated by commas; empty = the whole organisation.',
  ],
  [
    'Frekvens: Månadsvis, Kvartalsvis, Tertialvis, Halvårsvis, Årligen, Delårsbokslut, Årsbokslut, Delårs- och årsbokslut, eller bestämda månader som "Månader: 6, 12".',
    'Frequency: monthly, quarterly, tertial, semiannual, annual, interim closing, annual closing, both, or given months such as "Months: 6, 12".',
  ],
  [
    'Förfallodag: "10 arbetsdagar efter perioden", "dag 5 i nästa månad" eller "periodens slut". Eller i stället bestämda datum: Startdatum, Avstämningsdatum (flera med komma emellan) och Slutdatum som ÅÅÅÅ-MM-DD; kontrollen förfaller då exakt de datumen (Flytta till arbetsdag = Ja flyttar en helgdag till arbetsdagen före).',
    'Due: "10 working days after period", "day 5 of next month" or "end of period". Or instead given dates: start, checkpoints (several separated by commas) and end as YYYY-MM-DD; the control is then due on exactly those dates (Flytta till arbetsdag = Ja moves a holiday to the working day before).',
  ],
  [
    'Resultatskala: godkand (Godkänd / Delvis godkänd / Ej godkänd), anmarkning (genomförd utan / med försumbar / med anmärkning) eller genomford (Genomförd / Genomförd med avvikelse / Pågående).',
    'Result scale: godkand (approved / partly / not approved), anmarkning (done without / with negligible / with remark) or genomford (done / done with deviation / ongoing).',
  ],
  [
    'Kontrollpunkter: frågor som besvaras vid varje kontroll, kopplade med Kontrollmoment-id. Svarstyp: Ja/Nej/Delvis, Procent, Antal, Tal (med Måttenhet, t.ex. dagar) eller Fritext.',
    'Kontrollpunkter (check items): questions answered at each control, linked by control id. Answer type: yes/no/partial, percentage, count, number (with a unit, e.g. days) or text.',
  ],
  [
    'Stickprov (frivillig): en stickprovsregel per rad, kopplad med Kontrollmoment-id: vad som granskas, Andel (%) eller Antal (bara en av dem) och gärna granskningsperioden (ÅÅÅÅ-MM-DD). Kortet frågar då efter antal i perioden, antal granskade och antal med brister och nekar ett för litet stickprov.',
    'Stickprov (optional): one sampling rule per row, linked by control id: what is sampled, Andel (%) or Antal (only one of them) and preferably the review window (YYYY-MM-DD). The card then asks for the population, the number reviewed and the number with findings, and refuses a sample that is too small.',
  ],
  [
    'Åtgärder: beslutade åtgärder (Beslut om åtgärd), en per rad, kopplade till riskområdet. Ansvarig och Rapporteringsansvarig är id för en person eller en roll (rollen slås upp per enhet). Startdatum, Avstämningsdatum (med komma emellan) och Slutdatum som ÅÅÅÅ-MM-DD; avstämningar ligger mellan start och slut.',
    'Åtgärder (decided actions): one per row, linked to the risk area. Owner and reporting owner are the id of a person or of a role (resolved per unit). Start, checkpoints (separated by commas) and end as YYYY-MM-DD; checkpoints lie between start and end.',
  ],
  [
    'Enheter: ett träd; Överordnad enhet är id för enheten ovanför. Nivå: förvaltning, område eller enhet.',
    'Enheter (units): a tree; Överordnad enhet is the parent unit id. Level: förvaltning, område or enhet.',
  ],
  [
    'Personer: Entra ID-objekt-id och/eller e-post (minst ett av dem), Språk sv eller en.',
    'Personer (people): Entra ID object id and/or e-mail (at least one), language sv or en.',
  ],
  [
    'Tilldelningar: vem som har en roll för en enhet, och ev. Ersättare. En tilldelning på en överordnad enhet gäller även enheterna under, om de inte har en egen.',
    'Tilldelningar (assignments): who holds a role for a unit, and an optional substitute. An assignment on a parent unit also applies to the units below unless they have their own.',
  ],
  ['', ''],
  ['Mer: docs/plan-format.md i ikbot.', 'More: docs/plan-format.md in ikbot.'],
];
