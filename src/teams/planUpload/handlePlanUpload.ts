import { CardFactory, type TurnContext } from 'botbuilder';
import type { PlanChanges } from '../../domain/plan/planChangesOf';
import { planImportMessagesFor, type PlanImportMessages } from '../../i18n/planImportMessages';
import type { PlanFileIssue } from '../../planFiles';
import { planFileFormat } from '../../planFiles/parsePlanContent';
import { xlsxArchiveProblem } from '../../planFiles/xlsxArchiveProblem';
import { stagePlanImport } from '../../usecases/stagePlanImport';
import type { BotServices } from '../BotServices';
import type { TurnInfo } from '../turnInfo';
import { downloadPlanFile, httpsOnly, MAX_PLAN_FILE_BYTES } from './downloadPlanFile';
import type { PlanFileAttachment } from './planFileAttachment';
import { planIssueText } from './planIssueText';
import { planSummaryCard } from './planSummaryCard';
import { readEvaluationsWorkbook, type EvaluationsSheet } from '../../reports/evaluationsWorkbook';
import { replyToEvaluations } from './replyToEvaluations';

/** At most this many errors are listed in one chat message; the rest are counted. */
const MAX_LISTED_ERRORS = 40;

/**
 * A plan file sent in the personal chat: administrators get it validated and summarised on a card
 * with Import/Cancel; everyone else gets a polite refusal. Nothing is stored until Import. An Excel
 * file with the sheet "Utvärdering" is the year-end evaluations workbook instead: stored at once.
 */
export async function handlePlanUpload(
  context: TurnContext,
  info: TurnInfo,
  file: PlanFileAttachment,
  services: BotServices,
): Promise<void> {
  const texts = planImportMessagesFor(info.locale);
  if (!info.aadObjectId || !services.config.admins.includes(info.aadObjectId)) {
    services.logger.info(
      { aadObjectId: info.aadObjectId, file: file.name },
      'A non-administrator sent a plan file; refused.',
    );
    await context.sendActivity(texts.notAdministrator);
    return;
  }
  if (info.kind !== 'personal') {
    await context.sendActivity(texts.notInPersonalChat);
    return;
  }
  if (!planFileFormat(file.name)) {
    await context.sendActivity(texts.unsupportedFile(file.name));
    return;
  }
  if (!services.config.localMode && !file.downloadUrl.startsWith('https://')) {
    services.logger.warn({ file: file.name }, 'Refused a plan file whose downloadUrl is not https.');
    await context.sendActivity(texts.unreachable(file.name));
    return;
  }
  const download = await downloadPlanFile(file.downloadUrl, {
    allowUrl: httpsOnly(services.config.localMode),
  });
  if (!download.ok) {
    services.logger.warn(
      { file: file.name, reason: download.reason, detail: download.detail },
      download.reason === 'tooLarge'
        ? 'A plan file was larger than the limit; the sender was asked to make it smaller.'
        : download.reason === 'insecure'
          ? 'Refused a plan file whose download left https (a redirect to http or another scheme).'
          : 'Could not download a plan file from Teams; check outbound HTTPS access to SharePoint/OneDrive.',
    );
    await context.sendActivity(
      download.reason === 'tooLarge'
        ? texts.tooLarge(file.name, MAX_PLAN_FILE_BYTES / (1024 * 1024))
        : texts.unreachable(file.name),
    );
    return;
  }
  const evaluations = await evaluationsSheetOf(file.name, download.content);
  if (evaluations) {
    await replyToEvaluations(context, info, file.name, evaluations, services);
    return;
  }
  const staged = await stagePlanImport({ content: download.content, fileName: file.name }, services, {
    uploadedBy: { aadObjectId: info.aadObjectId, name: info.userName ?? info.aadObjectId },
    now: services.now(),
  });
  if (!staged.ok) {
    await context.sendActivity(errorList(staged.errors, texts, info, file.name));
    return;
  }
  const { pending, preview } = staged;
  const card = planSummaryCard({
    plan: pending.plan,
    locale: info.locale,
    occasionsPerMonth: preview.occasionsPerMonth,
    warnings: pending.warnings,
    pendingImportId: pending.id,
  });
  await context.sendActivity({
    text: `${texts.preview(file.name)}\n\n${changesText(preview.changes, texts)}`,
    attachments: [CardFactory.adaptiveCard(card)],
  });
}

/** The evaluations sheet when the file is an Excel workbook that has one; null otherwise (a plan). */
async function evaluationsSheetOf(name: string, content: Buffer): Promise<EvaluationsSheet | null> {
  if (planFileFormat(name) !== 'xlsx') return null;
  // A zip bomb is not opened here: the plan check refuses it with a message saying why.
  if (await xlsxArchiveProblem(content)) return null;
  try {
    return await readEvaluationsWorkbook(content);
  } catch {
    return null; // Not a readable workbook: the plan parser says what is wrong with it.
  }
}

function errorList(
  errors: PlanFileIssue[],
  texts: PlanImportMessages,
  info: TurnInfo,
  fileName: string,
): string {
  const listed = errors.slice(0, MAX_LISTED_ERRORS).map((issue) => `- ${planIssueText(issue, info.locale)}`);
  const more = errors.length - listed.length;
  return [
    texts.invalid(fileName, errors.length),
    '',
    ...listed,
    ...(more > 0 ? [texts.moreErrors(more)] : []),
  ].join('\n');
}

function changesText(changes: PlanChanges, texts: PlanImportMessages): string {
  if (!changes.replacesStoredPlan) return texts.newPlan;
  if (changes.added.length + changes.removed.length + changes.modified.length === 0) return texts.noChanges;
  return texts.changes(changes.added, changes.removed, changes.modified);
}
