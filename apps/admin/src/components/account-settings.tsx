"use client";

import { MIN_PASSWORD_LENGTH } from "@plenary/domain";
import { useState, type FormEvent } from "react";
import { authClient, describeAuthError } from "~/lib/auth-client";
import { FormField } from "./form-field";

type Errors = Record<string, string | undefined>;

function fieldsOf(event: FormEvent<HTMLFormElement>): Record<string, string> {
  return Object.fromEntries([...new FormData(event.currentTarget)].map(([key, value]) => [key, String(value)]));
}

function focusFirst(form: HTMLFormElement, errors: Errors) {
  const first = Object.keys(errors).find((key) => errors[key] && key !== "form");
  if (first) queueMicrotask(() => form.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus());
}

function ChangePassword() {
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { currentPassword = "", newPassword = "", confirmPassword = "" } = fieldsOf(event);
    const found: Errors = {};
    if (!currentPassword) found.currentPassword = "Enter your current password.";
    if (newPassword.length < MIN_PASSWORD_LENGTH) found.newPassword = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
    if (confirmPassword !== newPassword) found.confirmPassword = "The two new passwords differ.";
    setDone(false);
    if (Object.keys(found).length) return setErrors(found), focusFirst(form, found);
    // Other sessions end: whoever knew the old password is signed out everywhere else.
    const { error } = await authClient.changePassword({ currentPassword, newPassword, revokeOtherSessions: true });
    if (error) {
      const next = error.code === "INVALID_PASSWORD" ? { currentPassword: describeAuthError(error) } : { form: describeAuthError(error) };
      return setErrors(next), focusFirst(form, next);
    }
    setErrors({});
    setDone(true);
    form.reset();
  }
  return (
    <section className="panel" aria-labelledby="change-password">
      <h2 id="change-password">Change password</h2>
      <form onSubmit={onSubmit} noValidate>
        {errors.form ? <p role="alert" className="error">{errors.form}</p> : null}
        {done ? <p role="status" className="success">Password changed. Your other sessions were signed out.</p> : null}
        <FormField id="currentPassword" label="Current password" type="password" autoComplete="current-password" error={errors.currentPassword} />
        <FormField id="newPassword" label="New password" type="password" autoComplete="new-password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} error={errors.newPassword} />
        <FormField id="confirmPassword" label="New password again" type="password" autoComplete="new-password" error={errors.confirmPassword} />
        <button type="submit">Change password</button>
      </form>
    </section>
  );
}

function TwoFactor({ enabled: initiallyEnabled }: { enabled: boolean }) {
  const [enabled, setEnabled] = useState(initiallyEnabled);
  const [setup, setSetup] = useState<{ totpURI: string; backupCodes: string[] } | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { totpPassword = "" } = fieldsOf(event);
    if (!totpPassword) return setErrors({ totpPassword: "Enter your password." }), focusFirst(form, { totpPassword: "x" });
    const { data, error } = enabled
      ? await authClient.twoFactor.disable({ password: totpPassword })
      : await authClient.twoFactor.enable({ password: totpPassword });
    if (error) return setErrors({ totpPassword: describeAuthError(error) }), focusFirst(form, { totpPassword: "x" });
    setErrors({});
    form.reset();
    if (enabled) {
      setEnabled(false);
      setMessage("Two-step sign-in is off.");
    } else if (data && "totpURI" in data) {
      setSetup({ totpURI: data.totpURI as string, backupCodes: (data.backupCodes as string[]) ?? [] });
    }
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { totpCode = "" } = fieldsOf(event);
    const { error } = await authClient.twoFactor.verifyTotp({ code: totpCode.replace(/\s/g, "") });
    if (error) return setErrors({ totpCode: describeAuthError(error) }), focusFirst(form, { totpCode: "x" });
    setErrors({});
    setSetup(null);
    setEnabled(true);
    setMessage("Two-step sign-in is on: you will be asked for a code at each sign-in.");
  }

  const secret = setup ? new URL(setup.totpURI).searchParams.get("secret") : null;
  return (
    <section className="panel" aria-labelledby="two-factor">
      <h2 id="two-factor">Two-step sign-in (authenticator app)</h2>
      {message ? <p role="status" className="success">{message}</p> : null}
      <p>{enabled ? "On." : "Off."}</p>
      {setup ? (
        <form onSubmit={confirm} noValidate>
          <p>
            Add this key to your authenticator app (or open the link on your phone), then enter the code it shows.
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
          <FormField id="totpCode" label="Code from the app" inputMode="numeric" autoComplete="one-time-code" error={errors.totpCode} />
          <button type="submit">Turn on</button>
        </form>
      ) : (
        <form onSubmit={start} noValidate>
          <FormField id="totpPassword" label="Your password" type="password" autoComplete="current-password" error={errors.totpPassword} />
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
      {error ? <p role="alert" className="error">{error}</p> : null}
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
