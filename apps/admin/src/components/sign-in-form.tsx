"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { z } from "zod";
import { authClient, describeAuthError } from "~/lib/auth-client";
import { FormField } from "./form-field";

type SignInValues = { email: string; password: string; code: string };
const PasswordStep = z.object({
  email: z.string().trim().min(1, { error: "Enter your email address." }),
  password: z.string().min(1, { error: "Enter your password." }),
});
const CodeStep = z.object({
  code: z
    .string()
    .transform((code) => code.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, { error: "Enter the 6-digit code from your authenticator app." })),
});
// No default values: each input's value is read when it registers, so what was typed before hydration counts.
const resolvers = {
  password: zodResolver(PasswordStep) as unknown as Resolver<SignInValues>,
  code: zodResolver(CodeStep) as unknown as Resolver<SignInValues>,
};

/** Email and password, then (for users who enabled it) the TOTP code. Errors sit at the field they concern. */
export function SignInForm({ next }: { next: string }) {
  const [step, setStep] = useState<"password" | "code">("password");
  const {
    register,
    handleSubmit,
    setError,
    clearErrors,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({
    // The step decides what is checked; react-hook-form reads the resolver afresh at each render.
    resolver: resolvers[step],
  });

  const done = () => window.location.assign(next);
  const fail = (field: "password" | "code" | "root.server", message: string) =>
    setError(field, { type: "server", message }, { shouldFocus: field !== "root.server" });

  const onSubmit = handleSubmit(async ({ email, password, code }) => {
    if (step === "password") {
      const { data: result, error } = await authClient.signIn.email({ email, password });
      if (error) return fail(error.status === 401 ? "password" : "root.server", describeAuthError(error));
      if (result && "twoFactorRedirect" in result && result.twoFactorRedirect) {
        clearErrors();
        setStep("code");
        return;
      }
      return done();
    }
    const { error } = await authClient.twoFactor.verifyTotp({ code });
    if (error) return fail(error.status === 429 ? "root.server" : "code", describeAuthError(error));
    return done();
  });

  const formError = errors.root?.server?.message;
  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={formError ? "form-error" : undefined}>
      {formError ? (
        <p id="form-error" role="alert" className="error">
          {formError}
        </p>
      ) : null}
      {step === "password" ? (
        <>
          <FormField
            id="email"
            label="Email"
            type="email"
            autoComplete="username"
            required
            error={errors.email?.message}
            {...register("email")}
          />
          <FormField
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            error={errors.password?.message}
            {...register("password")}
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
          error={errors.code?.message}
          {...register("code")}
        />
      )}
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Signing in…" : step === "password" ? "Sign in" : "Verify"}
      </button>
    </form>
  );
}
