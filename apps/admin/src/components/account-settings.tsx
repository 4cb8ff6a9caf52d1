"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { MIN_PASSWORD_LENGTH } from "@plenary/domain";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { authClient, describeAuthError } from "~/lib/auth-client";
import { FormField } from "./form-field";

const ChangePasswordForm = z
  .object({
    currentPassword: z.string().min(1, { error: "Enter your current password." }),
    newPassword: z
      .string()
      .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters.` }),
    confirmPassword: z.string(),
  })
  .refine((form) => form.confirmPassword === form.newPassword, {
    path: ["confirmPassword"],
    error: "The two new passwords differ.",
  });

const PasswordForm = z.object({ totpPassword: z.string().min(1, { error: "Enter your password." }) });
const CodeForm = z.object({ totpCode: z.string().transform((code) => code.replace(/\s/g, "")) });

function ChangePassword() {
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
    // No default values on this server-rendered page: the inputs' values are read when they register (hydration).
  } = useForm({ resolver: zodResolver(ChangePasswordForm) });
  const onSubmit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setDone(false);
    // Other sessions end: whoever knew the old password is signed out everywhere else.
    const { error } = await authClient.changePassword({
      currentPassword,
      newPassword,
      revokeOtherSessions: true,
    });
    if (error) {
      if (error.code === "INVALID_PASSWORD")
        setError(
          "currentPassword",
          { type: "server", message: describeAuthError(error) },
          { shouldFocus: true },
        );
      else setError("root.server", { type: "server", message: describeAuthError(error) });
      return;
    }
    setDone(true);
    reset({ currentPassword: "", newPassword: "", confirmPassword: "" });
  });
  return (
    <section className="panel" aria-labelledby="change-password">
      <h2 id="change-password">Change password</h2>
      <form onSubmit={onSubmit} noValidate>
        {errors.root?.server ? (
          <p role="alert" className="error">
            {errors.root.server.message}
          </p>
        ) : null}
        {done ? (
          <p role="status" className="success">
            Password changed. Your other sessions were signed out.
          </p>
        ) : null}
        <FormField
          id="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...register("currentPassword")}
        />
        <FormField
          id="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          error={errors.newPassword?.message}
          {...register("newPassword")}
        />
        <FormField
          id="confirmPassword"
          label="New password again"
          type="password"
          autoComplete="new-password"
          error={errors.confirmPassword?.message}
          {...register("confirmPassword")}
        />
        <button type="submit">Change password</button>
      </form>
    </section>
  );
}

function TwoFactor({ enabled: initiallyEnabled }: { enabled: boolean }) {
  const [enabled, setEnabled] = useState(initiallyEnabled);
  const [setup, setSetup] = useState<{ totpURI: string; backupCodes: string[] } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const passwordForm = useForm({ resolver: zodResolver(PasswordForm) });
  const codeForm = useForm({ resolver: zodResolver(CodeForm), defaultValues: { totpCode: "" } });
  const passwordError = passwordForm.formState.errors.totpPassword?.message;
  const codeError = codeForm.formState.errors.totpCode?.message;

  const start = passwordForm.handleSubmit(async ({ totpPassword }) => {
    const { data, error } = enabled
      ? await authClient.twoFactor.disable({ password: totpPassword })
      : await authClient.twoFactor.enable({ password: totpPassword });
    if (error)
      return passwordForm.setError(
        "totpPassword",
        { type: "server", message: describeAuthError(error) },
        { shouldFocus: true },
      );
    passwordForm.reset({ totpPassword: "" });
    if (enabled) {
      setEnabled(false);
      setMessage("Two-step sign-in is off.");
    } else if (data && "totpURI" in data) {
      setSetup({ totpURI: data.totpURI as string, backupCodes: (data.backupCodes as string[]) ?? [] });
    }
  });

  const confirm = codeForm.handleSubmit(async ({ totpCode }) => {
    const { error } = await authClient.twoFactor.verifyTotp({ code: totpCode });
    if (error)
      return codeForm.setError(
        "totpCode",
        { type: "server", message: describeAuthError(error) },
        { shouldFocus: true },
      );
    codeForm.reset();
    setSetup(null);
    setEnabled(true);
    setMessage("Two-step sign-in is on: you will be asked for a code at each sign-in.");
  });

  const secret = setup ? new URL(setup.totpURI).searchParams.get("secret") : null;
  return (
    <section className="panel" aria-labelledby="two-factor">
      <h2 id="two-factor">Two-step sign-in (authenticator app)</h2>
      {message ? (
        <p role="status" className="success">
          {message}
        </p>
      ) : null}
      <p>{enabled ? "On." : "Off."}</p>
      {setup ? (
        <form onSubmit={confirm} noValidate>
          <p>
            Add this key to your authenticator app (or open the link on your phone), then enter the code it
            shows.
          </p>
          <p>
            Key: <code>{secret}</code> · <a href={setup.totpURI}>otpauth link</a>
          </p>
          <p>Backup codes (each works once; keep them somewhere safe):</p>
          <ul>
            {setup.backupCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
          <FormField
            id="totpCode"
            label="Code from the app"
            inputMode="numeric"
            autoComplete="one-time-code"
            error={codeError}
            {...codeForm.register("totpCode")}
          />
          <button type="submit">Turn on</button>
        </form>
      ) : (
        <form onSubmit={start} noValidate>
          <FormField
            id="totpPassword"
            label="Your password"
            type="password"
            autoComplete="current-password"
            error={passwordError}
            {...passwordForm.register("totpPassword")}
          />
          <button type="submit">{enabled ? "Turn off two-step sign-in" : "Set up two-step sign-in"}</button>
        </form>
      )}
    </section>
  );
}

function SignOutEverywhere() {
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="sessions">
      <h2 id="sessions">Sessions</h2>
      <p>Signs you out on every device and browser, this one included.</p>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        onClick={async () => {
          const { error: failed } = await authClient.revokeSessions();
          if (failed) return setError(describeAuthError(failed));
          window.location.assign("/sign-in");
        }}
      >
        Sign out everywhere
      </button>
    </section>
  );
}

export function AccountSettings({ twoFactorEnabled }: { twoFactorEnabled: boolean }) {
  return (
    <>
      <ChangePassword />
      <TwoFactor enabled={twoFactorEnabled} />
      <SignOutEverywhere />
    </>
  );
}
