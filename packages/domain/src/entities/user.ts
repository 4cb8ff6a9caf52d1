import { z } from "zod";
import { NonEmptyString } from "../common/localized-text";
import { Id } from "../common/id";
import { createShape, recordFields, updateFields } from "../common/record";

export const UserRole = z.enum(["admin", "editor", "viewer"]);
export type UserRole = z.infer<typeof UserRole>;

/**
 * Who may call what. Every procedure of the api has one of these levels and refuses everyone it does not admit;
 * the admin's screens ask the same question, so they never offer what the server would refuse.
 * - `public`: anyone, signed in or not (reads of published records);
 * - `signedIn`: any signed-in user (the admin's reads, one's own account);
 * - `editor`: editors and admins (every change to records);
 * - `admin`: admins only (users, the audit log, purging the trash).
 */
export const AccessLevel = z.enum(["public", "signedIn", "editor", "admin"]);
export type AccessLevel = z.infer<typeof AccessLevel>;

const ROLES_ADMITTED: Record<AccessLevel, readonly (UserRole | null)[]> = {
  public: [null, "viewer", "editor", "admin"],
  signedIn: ["viewer", "editor", "admin"],
  editor: ["editor", "admin"],
  admin: ["admin"],
};

/** Whether a user with this role (null: signed out) may use what needs this access level. */
export const roleMay = (role: UserRole | null | undefined, access: AccessLevel): boolean =>
  ROLES_ADMITTED[access].includes(role ?? null);

/** An admin-side account. Sessions and credentials belong to the auth layer, not to the domain model. */
const fields = {
  email: z.email({ error: "Must be an email address" }).transform((email) => email.toLowerCase()),
  name: NonEmptyString.nullable(),
  role: UserRole,
};

export const User = z.object({ ...recordFields, ...fields });
export type User = z.infer<typeof User>;

export const CreateUserInput = z.object(createShape(fields));
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z.object(fields).partial().extend(updateFields);
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** A password an admin or the user sets: long rather than clever (NIST SP 800-63B). */
export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(MAX_PASSWORD_LENGTH, { error: `Use at most ${MAX_PASSWORD_LENGTH} characters` });

const AccountEmail = z
  .email({ error: "Enter an email address, like name@example.org" })
  .max(320)
  .transform((email) => email.toLowerCase());
const AccountName = z.string().trim().min(1, { error: "Enter a name" }).max(200);

/** An account an admin creates: the api validates it and the admin's form checks it before sending. */
export const CreateUserAccountInput = z.object({
  email: AccountEmail,
  name: AccountName,
  role: UserRole,
  password: NewPassword,
});
export type CreateUserAccountInput = z.infer<typeof CreateUserAccountInput>;

export const ResetUserPasswordInput = z.object({ id: Id, password: NewPassword });
export type ResetUserPasswordInput = z.infer<typeof ResetUserPasswordInput>;
