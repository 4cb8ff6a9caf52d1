"use client";

import { twoFactorClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/** better-auth's browser client, on the admin's own /api/auth (same origin, so cookies and Origin just work). */
export const authClient = createAuthClient({
  plugins: [twoFactorClient()],
});

/** better-auth's error codes as sentences an editor can act on. */
export function describeAuthError(
  error: { status?: number; code?: string; message?: string } | null | undefined,
): string {
  if (!error) return "Something went wrong. Try again.";
  if (error.status === 429)
    return error.message && !/^too many requests/i.test(error.message)
      ? error.message
      : "Too many attempts. Wait a minute and try again.";
  switch (error.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return "The email or the password is wrong.";
    case "INVALID_PASSWORD":
      return "The password is wrong.";
    case "INVALID_CODE":
    case "INVALID_TWO_FACTOR_CODE":
      return "That code is wrong or has expired. Enter the current 6-digit code from your authenticator app.";
    case "PASSWORD_TOO_SHORT":
      return "Use at least 12 characters.";
    default:
      return error.message || "Something went wrong. Try again.";
  }
}
