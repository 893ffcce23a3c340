/** A problem with what someone entered for an action, in both languages, naming the field. */
export interface ActionIssue {
  field: 'status' | 'reason' | 'comment' | 'carriedOverTo' | 'start' | 'checkpoints' | 'end' | 'owner';
  sv: string;
  en: string;
}
