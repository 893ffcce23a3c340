/**
 * The organisation's directory (Microsoft Graph) as ikbot needs it: find a person by UPN or e-mail,
 * install the ikbot app for them so the bot may write to them, and find the chat it then has.
 * Implemented in src/graph/ on @microsoft/microsoft-graph-client with the bot's own credentials.
 */
export interface DirectoryUser {
  /** Entra ID object id: what Teams sends as from.aadObjectId. */
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail?: string;
  /** False for a disabled (blocked sign-in) account: Teams will not reach it. */
  accountEnabled: boolean;
}

export type AppInstallOutcome =
  | { ok: true; alreadyInstalled: boolean }
  | {
      ok: false;
      /**
       * forbidden: Graph refused (permission without admin consent, or an app permission policy blocks
       * the app); notFound: no such user; notInCatalog: the app is not in the organisation's app catalog;
       * failed: anything else after retries.
       */
      reason: 'forbidden' | 'notFound' | 'notInCatalog' | 'failed';
      detail: string;
    };

/** A directory call that failed after retries (never carries a token or secret). */
export class DirectoryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'DirectoryError';
  }
}

export interface PeopleDirectory {
  /** The user with this UPN or e-mail address, or null when there is none. Throws DirectoryError. */
  findUser(upnOrEmail: string): Promise<DirectoryUser | null>;
  /** The user with this object id, or null. Throws DirectoryError. */
  getUser(objectId: string): Promise<DirectoryUser | null>;
  /** The id of ikbot in the organisation's Teams app catalog (configured, or looked up once). */
  catalogAppId(): Promise<string | null>;
  /** Installs ikbot in the person's personal scope; an existing installation is success. */
  installApp(userObjectId: string): Promise<AppInstallOutcome>;
  /** The id of the 1:1 chat between ikbot and the person, when the app is installed for them. */
  installedChatId(userObjectId: string): Promise<string | null>;
}
