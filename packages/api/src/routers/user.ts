import { CreateUserAccountInput, Id, ResetUserPasswordInput, UserRole } from "@plenary/domain";
import { TRPCError } from "@trpc/server";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { adminProcedure, protectedProcedure, router } from "../trpc";

// Account creation and password reset are in the domain, so the admin's forms check the very same schema.
export { CreateUserAccountInput, ResetUserPasswordInput };
export const SetUserRoleInput = z.object({ id: Id, role: UserRole });
export const SetUserDisabledInput = z.object({ id: Id, disabled: z.boolean() });

/** Admins must not lock themselves out: another admin changes their role or disables them. */
function refuseSelf(ctx: { user: { id: string } }, id: string, what: string): void {
  if (ctx.user.id === id)
    throw new TRPCError({ code: "BAD_REQUEST", message: `You cannot ${what} your own account.` });
}

export const userRouter = router({
  /** The signed-in user (what the admin shows and which actions it offers). */
  me: protectedProcedure.query(({ ctx }) => ctx.user),

  list: adminProcedure.query(({ ctx }) => ctx.repos.users.list()),
  /**
   * Passwords are hashed here with better-auth's scrypt, in the format its sign-in verifies. Every action below
   * stores a revision of the user (the audit log) with the acting admin as its author.
   */
  create: adminProcedure.input(CreateUserAccountInput).mutation(async ({ ctx, input }) =>
    ctx.repos.users.create(
      {
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash: await hashPassword(input.password),
      },
      { authorId: ctx.user.id },
    ),
  ),
  setRole: adminProcedure.input(SetUserRoleInput).mutation(({ ctx, input }) => {
    refuseSelf(ctx, input.id, "change the role of");
    return ctx.repos.users.setRole(input.id, input.role, { authorId: ctx.user.id });
  }),
  /** Disabling ends the user's sessions at once; enabling lets them sign in again. */
  setDisabled: adminProcedure.input(SetUserDisabledInput).mutation(({ ctx, input }) => {
    refuseSelf(ctx, input.id, "disable");
    return ctx.repos.users.setDisabled(input.id, input.disabled, { authorId: ctx.user.id });
  }),
  /** Sets a new password (to hand over in person) and ends the user's sessions. */
  resetPassword: adminProcedure.input(ResetUserPasswordInput).mutation(async ({ ctx, input }) => {
    await ctx.repos.users.setPassword(input.id, await hashPassword(input.password), {
      authorId: ctx.user.id,
    });
    return { ok: true as const };
  }),
});
