import type { UserRole } from "@plenary/domain";

// What each role may do, as the api enforces it (packages/api/src/trpc.ts: editorProcedure, adminProcedure). Screens
// ask these instead of comparing role names, so that nothing is offered that the server would refuse.

/** Editors and admins change records; viewers read only. */
export const canEdit = (role: UserRole | null | undefined): boolean => role === "editor" || role === "admin";

/** Admins only: users, the audit log, purging the trash. */
export const isAdmin = (role: UserRole | null | undefined): boolean => role === "admin";
