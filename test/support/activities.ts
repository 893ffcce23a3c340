import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity as BotActivity, Attachment, ChannelAccount, Entity } from 'botbuilder';
import { performer, testBot, testGroupChat, testTeam, type TestUser } from './testUsers';

/**
 * Builders for Teams-shaped activities, as Teams posts them to /api/messages. Each starts from a recorded
 * payload in test/fixtures/teams/ and overrides the parts a test chooses.
 */

/** An activity as JSON on the wire: botbuilder's Activity, with the instants as ISO strings. */
export type Activity = Omit<BotActivity, 'timestamp' | 'localTimestamp'> & {
  timestamp?: string;
  localTimestamp?: string;
};

export type FixtureName =
  | 'installationUpdate-personal-add'
  | 'message-personal-hjalp'
  | 'message-channel-mention'
  | 'conversationUpdate-team-membersAdded'
  | 'invoke-adaptiveCard-action'
  | 'message-personal-file';

/** Where a conversation lives, in Teams' conversationType terms. */
export type ConversationType = 'personal' | 'channel' | 'groupChat';
/** Where an app is installed, in manifest scope terms (a team's conversations are channels). */
export type InstallScope = 'personal' | 'team' | 'groupChat';

export interface ConversationSpec {
  conversationType: ConversationType;
  /** Defaults: the user's 1:1 chat with the bot, the test team's channel, the test group chat. */
  id?: string;
  /** For channels: the channel posted in (default the test team's "Kontroller" channel). */
  channelId?: string;
  team?: { id: string; name?: string; aadGroupId?: string };
}

export interface CommonOptions {
  /** The fake connector's url. */
  serviceUrl: string;
  /** Who acts; default the performer. The tenant is the user's. */
  user?: TestUser;
  conversation?: ConversationType | ConversationSpec;
  /** Default sv-SE. */
  locale?: string;
  /** Default now. */
  timestamp?: Date;
  /** The activity id; default a fresh one. */
  id?: string;
}

export interface MessageOptions extends CommonOptions {
  text?: string;
  /** Added before the text/html copy of the text that Teams itself attaches. */
  attachments?: Attachment[];
  /** Data of a legacy Action.Submit, which arrives as a message with no text. */
  value?: unknown;
  /** In channels and group chats Teams delivers only messages that @mention the bot; default true there. */
  mentionBot?: boolean;
}

export interface FileInfo {
  name: string;
  downloadUrl: string;
  uniqueId: string;
  fileType: string;
  contentUrl?: string;
}

const fixtureDir = path.resolve(__dirname, '../fixtures/teams');

/** A deep copy of a recorded payload, with the serviceUrl pointed at the fake connector and overrides applied. */
export function fromFixture(
  name: FixtureName,
  overrides: Partial<Activity> & { serviceUrl: string },
): Activity {
  const recorded = JSON.parse(readFileSync(path.join(fixtureDir, `${name}.json`), 'utf8')) as Activity;
  return { ...recorded, ...overrides };
}

/** The id of a user's 1:1 chat with the bot: stable per user, like Teams' own. */
export function personalConversationId(user: TestUser): string {
  return `a:1${createHash('sha256').update(`${user.id}|${testBot.id}`).digest('base64url')}`;
}

let lastMessageId = 0;
/** Teams message ids are epoch milliseconds; kept unique so the bot's deduplication never merges two. */
function nextMessageId(timestamp: Date): string {
  lastMessageId = Math.max(lastMessageId + 1, timestamp.getTime());
  return String(lastMessageId);
}

function eventId(): string {
  return `f:${randomUUID()}`;
}

function stockholmOffset(at: Date): string {
  const part = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((candidate) => candidate.type === 'timeZoneName');
  const offset = part?.value.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/** The sender's wall-clock time with its offset, as Teams puts it in localTimestamp. */
export function localTimestamp(at: Date): string {
  const offset = stockholmOffset(at);
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  const local = new Date(at.getTime() + sign * (hours * 60 + minutes) * 60_000);
  return `${local.toISOString().slice(0, -1)}${offset}`;
}

function clientInfo(locale: string): Entity {
  const country = locale.split('-')[1] ?? 'SE';
  return { locale, country, platform: 'Web', timezone: 'Europe/Stockholm', type: 'clientInfo' };
}

function account(user: TestUser): ChannelAccount {
  return { id: user.id, name: user.name, aadObjectId: user.aadObjectId };
}

function resolveConversation(
  spec: ConversationType | ConversationSpec | undefined,
  user: TestUser,
  messageId: string | undefined,
): Pick<Activity, 'conversation' | 'channelData'> {
  const conversation: ConversationSpec =
    typeof spec === 'string' ? { conversationType: spec } : (spec ?? { conversationType: 'personal' });
  const tenant = { id: user.tenantId };
  switch (conversation.conversationType) {
    case 'personal':
      return {
        conversation: {
          conversationType: 'personal',
          tenantId: user.tenantId,
          id: conversation.id ?? personalConversationId(user),
        } as Activity['conversation'],
        channelData: { tenant },
      };
    case 'groupChat':
      return {
        conversation: {
          isGroup: true,
          conversationType: 'groupChat',
          tenantId: user.tenantId,
          id: conversation.id ?? testGroupChat.id,
        } as Activity['conversation'],
        channelData: { tenant },
      };
    case 'channel': {
      const team = conversation.team ?? testTeam;
      const channelId = conversation.channelId ?? testTeam.controlChannel.id;
      // A new post in a channel is its own thread: the conversation id carries ;messageid=<post id>.
      const id = conversation.id ?? (messageId ? `${channelId};messageid=${messageId}` : channelId);
      return {
        conversation: {
          isGroup: true,
          conversationType: 'channel',
          tenantId: user.tenantId,
          id,
        } as Activity['conversation'],
        channelData: {
          teamsChannelId: channelId,
          teamsTeamId: team.id,
          channel: { id: channelId },
          team: { id: team.id },
          tenant,
        },
      };
    }
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function message(options: MessageOptions): Activity {
  const user = options.user ?? performer;
  const timestamp = options.timestamp ?? new Date();
  const locale = options.locale ?? 'sv-SE';
  const id = options.id ?? nextMessageId(timestamp);
  const { conversation, channelData } = resolveConversation(options.conversation, user, id);
  const inGroup = conversation.conversationType !== 'personal';
  const mention = options.mentionBot ?? inGroup;
  const mentionText = `<at>${testBot.name}</at>`;
  const text =
    options.text === undefined ? undefined : mention ? `${mentionText} ${options.text}` : options.text;
  const entities: Entity[] = [clientInfo(locale)];
  if (mention) entities.unshift({ type: 'mention', mentioned: { ...testBot }, text: mentionText });
  const html: Attachment[] =
    text === undefined
      ? []
      : [{ contentType: 'text/html', content: `<p>${escapeHtml(options.text ?? '')}</p>` }];

  const activity = fromFixture('message-personal-hjalp', {
    serviceUrl: options.serviceUrl,
    id,
    timestamp: timestamp.toISOString(),
    localTimestamp: localTimestamp(timestamp),
    from: account(user),
    conversation,
    recipient: { ...testBot },
    entities,
    channelData,
    locale,
    attachments: [...(options.attachments ?? []), ...html],
  });
  if (text === undefined) delete (activity as Partial<Activity>).text;
  else activity.text = text;
  if (options.value !== undefined) activity.value = options.value;
  if (activity.attachments?.length === 0) delete (activity as Partial<Activity>).attachments;
  return activity;
}

/** The attachment Teams adds when a user shares a file in the personal chat (bot with supportsFiles). */
export function fileAttachment(file: FileInfo): Attachment {
  return {
    contentType: 'application/vnd.microsoft.teams.file.download.info',
    contentUrl: file.contentUrl ?? file.downloadUrl,
    name: file.name,
    content: { downloadUrl: file.downloadUrl, uniqueId: file.uniqueId, fileType: file.fileType },
  };
}

/** A personal-chat message carrying one file, with no text (as when a file is sent on its own). */
export function fileMessage(options: CommonOptions & { file: FileInfo; text?: string }): Activity {
  const activity = message({ ...options, attachments: [fileAttachment(options.file)] });
  if (options.text === undefined) {
    activity.attachments = [
      ...(activity.attachments ?? []),
      { contentType: 'text/html', content: '<p>&nbsp;</p>' },
    ];
  }
  return activity;
}

function installConversation(scope: InstallScope): ConversationSpec {
  if (scope === 'team') return { conversationType: 'channel', id: testTeam.id };
  return { conversationType: scope };
}

export function installationUpdate(
  options: CommonOptions & {
    action: 'add' | 'remove' | 'add-upgrade' | 'remove-upgrade';
    scope?: InstallScope;
  },
): Activity {
  const user = options.user ?? performer;
  const timestamp = options.timestamp ?? new Date();
  const scope = options.scope ?? 'personal';
  const { conversation, channelData } = resolveConversation(
    options.conversation ?? installConversation(scope),
    user,
    undefined,
  );
  const teamData =
    scope === 'team'
      ? {
          team: { id: testTeam.id, name: testTeam.name, aadGroupId: testTeam.aadGroupId },
          settings: { selectedChannel: { id: testTeam.generalChannel.id } },
          tenant: { id: user.tenantId },
        }
      : undefined;
  return fromFixture('installationUpdate-personal-add', {
    serviceUrl: options.serviceUrl,
    action: options.action,
    id: options.id ?? eventId(),
    timestamp: timestamp.toISOString(),
    from: { id: user.id, aadObjectId: user.aadObjectId } as ChannelAccount,
    conversation,
    recipient: { ...testBot },
    entities: [clientInfo(options.locale ?? 'sv-SE')],
    channelData: { ...(teamData ?? channelData), source: { name: 'message' } },
    locale: options.locale ?? 'sv-SE',
  });
}

export type MemberSpec = TestUser | 'bot' | ChannelAccount;

function memberAccount(member: MemberSpec): ChannelAccount {
  if (member === 'bot') return { id: testBot.id } as ChannelAccount;
  if ('role' in member) return { id: member.id, aadObjectId: member.aadObjectId } as ChannelAccount;
  return member;
}

export function conversationUpdate(
  options: CommonOptions & {
    membersAdded?: MemberSpec[];
    membersRemoved?: MemberSpec[];
    scope?: InstallScope;
  },
): Activity {
  const user = options.user ?? performer;
  const timestamp = options.timestamp ?? new Date();
  const scope = options.scope ?? 'team';
  const { conversation, channelData } = resolveConversation(
    options.conversation ?? installConversation(scope),
    user,
    undefined,
  );
  const removing = (options.membersRemoved?.length ?? 0) > 0;
  const activity = fromFixture('conversationUpdate-team-membersAdded', {
    serviceUrl: options.serviceUrl,
    id: options.id ?? eventId(),
    timestamp: timestamp.toISOString(),
    from: { id: user.id, aadObjectId: user.aadObjectId } as ChannelAccount,
    conversation,
    recipient: { ...testBot },
    channelData:
      scope === 'team'
        ? {
            team: { aadGroupId: testTeam.aadGroupId, name: testTeam.name, id: testTeam.id },
            eventType: removing ? 'teamMemberRemoved' : 'teamMemberAdded',
            tenant: { id: user.tenantId },
            settings: { selectedChannel: { id: testTeam.generalChannel.id } },
          }
        : channelData,
    membersAdded: (options.membersAdded ?? []).map(memberAccount),
  });
  if (removing) activity.membersRemoved = (options.membersRemoved ?? []).map(memberAccount);
  if (activity.membersAdded?.length === 0) delete (activity as Partial<Activity>).membersAdded;
  return activity;
}

export function adaptiveCardAction(
  options: CommonOptions & {
    verb: string;
    data?: Record<string, unknown>;
    replyToId?: string;
    title?: string;
  },
): Activity {
  const user = options.user ?? performer;
  const timestamp = options.timestamp ?? new Date();
  const { conversation, channelData } = resolveConversation(options.conversation, user, undefined);
  const replyToId = options.replyToId ?? '1:1Rk7mQ2xV9bN4tH8cJ3wL6zF0sD5gY1pA';
  return fromFixture('invoke-adaptiveCard-action', {
    serviceUrl: options.serviceUrl,
    id: options.id ?? eventId(),
    timestamp: timestamp.toISOString(),
    localTimestamp: localTimestamp(timestamp),
    from: account(user),
    conversation,
    recipient: { ...testBot },
    entities: [clientInfo(options.locale ?? 'sv-SE')],
    channelData: { ...channelData, source: { name: 'message' }, legacy: { replyToId } },
    replyToId,
    value: {
      action: {
        type: 'Action.Execute',
        title: options.title ?? options.verb,
        verb: options.verb,
        data: options.data ?? {},
      },
      trigger: 'manual',
    },
    locale: options.locale ?? 'sv-SE',
  });
}

type Bound<T> = (options: Omit<T, 'serviceUrl'>) => Activity;

/** The builders with the serviceUrl filled in: `const teams = teamsActivities(connector.url)`. */
export function teamsActivities(serviceUrl: string) {
  const bind =
    <T extends { serviceUrl: string }>(build: (options: T) => Activity): Bound<T> =>
    (options) =>
      build({ ...options, serviceUrl } as T);
  return {
    message: bind(message),
    fileMessage: bind(fileMessage),
    installationUpdate: bind(installationUpdate),
    conversationUpdate: bind(conversationUpdate),
    adaptiveCardAction: bind(adaptiveCardAction),
    fromFixture: (name: FixtureName, overrides: Partial<Activity> = {}) =>
      fromFixture(name, { ...overrides, serviceUrl }),
  };
}
