import { roleMay, type UserRole } from "@plenary/domain";

// What each role may do, as the api enforces it: the same policy (the domain's `roleMay`, which the api's procedures
// check by access level). Screens ask these instead of comparing role names, so that nothing is offered that the
// server would refuse.

/** Editors and admins change records; viewers read only. */
export const canEdit = (role: UserRole | null | undefined): boolean => roleMay(role, "editor");

/** Admins only: users, the audit log, purging the trash. */
export const isAdmin = (role: UserRole | null | undefined): boolean => roleMay(role, "admin");
