import { RECORD_ACTION_LABELS, type RecordAction } from "@plenary/domain";
import { humanize } from "./editor/issues";

/** What a write did to an account, in words (user revisions name their action). */
const USER_ACTIONS: Record<string, string> = {
  created: "Created the account",
  role_changed: "Changed the role",
  disabled: "Disabled the account",
  enabled: "Enabled the account",
  password_reset: "Reset the password",
  password_changed: "Changed their own password",
  two_factor_enabled: "Turned on two-step sign-in",
  two_factor_disabled: "Turned off two-step sign-in",
  sessions_revoked: "Signed out everywhere",
  updated: "Changed the account",
};

/**
 * What a write did, in words, for the audit log and a record's history: the action it names (published, moved to
 * the trash, an account's role changed, …), else Created for a first version and Edited for the rest.
 */
export function writeLabel(entityType: string, revision: { action: string | null; version: number }): string {
  const { action } = revision;
  if (action && entityType === "user") return USER_ACTIONS[action] ?? humanize(action);
  if (action) return RECORD_ACTION_LABELS[action as RecordAction] ?? humanize(action);
  return revision.version === 1 ? "Created" : "Edited";
}
