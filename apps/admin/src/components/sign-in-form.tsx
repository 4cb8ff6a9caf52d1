"use client";

import { useRef, useState, type FormEvent } from "react";
import { authClient, describeAuthError } from "~/lib/auth-client";
import { FormField } from "./form-field";

type Errors = { email?: string; password?: string; code?: string; form?: string };

/** Email and password, then (for users who enabled it) the TOTP code. Errors sit at the field they concern. */
export function SignInForm({ next }: { next: string }) {
  const [step, setStep] = useState<"password" | "code">("password");
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const focusFirstError = (found: Errors) => {
    const first = (["email", "password", "code"] as const).find((field) => found[field]);
    if (first) formRef.current?.querySelector<HTMLInputElement>(`#${first}`)?.focus();
  };

  const done = () => window.location.assign(next);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const found: Errors = {};
    if (step === "password") {
      const email = String(data.get("email") ?? "").trim();
      const password = String(data.get("password") ?? "");
      if (!email) found.email = "Enter your email address.";
      if (!password) found.password = "Enter your password.";
      if (Object.keys(found).length) return show(found);
      setPending(true);
      const { data: result, error } = await authClient.signIn.email({ email, password });
      setPending(false);
      if (error) {
        if (error.status === 401) return show({ password: describeAuthError(error) });
        return show({ form: describeAuthError(error) });
      }
      if (result && "twoFactorRedirect" in result && result.twoFactorRedirect) {
        setErrors({});
        setStep("code");
        return;
      }
      return done();
    }
    const code = String(data.get("code") ?? "").replace(/\s/g, "");
    if (!/^\d{6}$/.test(code)) return show({ code: "Enter the 6-digit code from your authenticator app." });
    setPending(true);
    const { error } = await authClient.twoFactor.verifyTotp({ code });
    setPending(false);
    if (error) return show(error.status === 429 ? { form: describeAuthError(error) } : { code: describeAuthError(error) });
    return done();
  }

  function show(found: Errors) {
    setErrors(found);
    queueMicrotask(() => focusFirstError(found));
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-describedby={errors.form ? "form-error" : undefined}>
      {errors.form ? (
        <p id="form-error" role="alert" className="error">
          {errors.form}
        </p>
      ) : null}
      {step === "password" ? (
        <>
          <FormField id="email" label="Email" type="email" autoComplete="username" required error={errors.email} />
          <FormField
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            error={errors.password}
          />
        </>
      ) : (
        <FormField
          id="code"
          label="Authentication code"
          hint="The 6-digit code your authenticator app shows for Plenary admin."
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          autoFocus
          error={errors.code}
        />
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Signing in…" : step === "password" ? "Sign in" : "Verify"}
      </button>
    </form>
  );
}
