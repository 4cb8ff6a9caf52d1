"use client";

import type { FieldIssue } from "@plenary/api";
import { label, MIN_PASSWORD_LENGTH, UserRole } from "@plenary/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/trpc/react";
import { FormField } from "./form-field";
import { QueryStatus } from "./query-status";

type Errors = Record<string, string | undefined>;

/** The api's field issues (zod and repository) keyed by field name, for showing at the field. */
function fieldErrors(error: unknown): Errors {
  const data = (error as { data?: { issues?: FieldIssue[] } } | null)?.data;
  const errors: Errors = {};
  for (const issue of data?.issues ?? []) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  if (!Object.keys(errors).length) errors.form = (error as Error)?.message ?? "Something went wrong.";
  return errors;
}

function CreateUser() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Errors>({});
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation(trpc.user.create.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries([...new FormData(form)].map(([key, value]) => [key, String(value)]));
    setCreated(null);
    try {
      const user = await create.mutateAsync({
        email: data.newEmail ?? "",
        name: data.newName ?? "",
        role: UserRole.parse(data.newRole),
        password: data.newPassword ?? "",
      });
      setErrors({});
      setCreated(`${user.email} can now sign in as ${label("userRole", user.role, "en").toLowerCase()}.`);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
    } catch (error) {
      const found = fieldErrors(error);
      const mapped: Errors = {
        newEmail: found.email,
        newName: found.name,
        newPassword: found.password,
        form: found.form ?? found.role,
      };
      setErrors(mapped);
      const first = ["newEmail", "newName", "newPassword"].find((key) => mapped[key]);
      if (first) form.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
    }
  }

  return (
    <section className="panel" aria-labelledby="new-user">
      <h2 id="new-user">New user</h2>
      <form onSubmit={onSubmit} noValidate>
        {errors.form ? <p role="alert" className="error">{errors.form}</p> : null}
        {created ? <p role="status" className="success">{created}</p> : null}
        <FormField id="newEmail" label="Email" type="email" autoComplete="off" error={errors.newEmail} />
        <FormField id="newName" label="Name" autoComplete="off" error={errors.newName} />
        <div className="field">
          <label htmlFor="newRole">Role</label>
          <select id="newRole" name="newRole" defaultValue="viewer">
            {UserRole.options.map((role) => (
              <option key={role} value={role}>
                {label("userRole", role, "en")}
              </option>
            ))}
          </select>
        </div>
        <FormField
          id="newPassword"
          label="First password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters; hand it over in person, they can change it on their account page.`}
          error={errors.newPassword}
        />
        <button type="submit" disabled={create.isPending}>
          Create user
        </button>
      </form>
    </section>
  );
}

function UserRow({
  user,
  isSelf,
}: {
  user: { id: string; email: string; name: string; role: UserRole; disabledAt: Date | null; twoFactorEnabled: boolean; activeSessions: number };
  isSelf: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
  const setRole = useMutation(trpc.user.setRole.mutationOptions({ onSuccess: refresh }));
  const setDisabled = useMutation(trpc.user.setDisabled.mutationOptions({ onSuccess: refresh }));
  const resetPassword = useMutation(trpc.user.resetPassword.mutationOptions());
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [passwordDone, setPasswordDone] = useState(false);
  const error = setRole.error ?? setDisabled.error;
  const fieldId = `password-${user.id}`;

  return (
    <tr>
      <th scope="row">
        {user.name}
        <span className="secondary">{user.email}</span>
      </th>
      <td>
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          Role of {user.email}
        </label>
        <select
          id={`role-${user.id}`}
          value={user.role}
          disabled={isSelf || setRole.isPending}
          onChange={(event) => setRole.mutate({ id: user.id, role: UserRole.parse(event.target.value) })}
        >
          {UserRole.options.map((role) => (
            <option key={role} value={role}>
              {label("userRole", role, "en")}
            </option>
          ))}
        </select>
        {error ? <p role="alert" className="field-error">{error.message}</p> : null}
      </td>
      <td>{user.disabledAt ? "Disabled" : "Active"}</td>
      <td>{user.twoFactorEnabled ? "On" : "Off"}</td>
      <td className="number">{user.activeSessions}</td>
      <td>
        {isSelf ? (
          <span className="muted">You</span>
        ) : (
          <>
            <button
              type="button"
              className="secondary-button"
              disabled={setDisabled.isPending}
              onClick={() => setDisabled.mutate({ id: user.id, disabled: !user.disabledAt })}
            >
              {user.disabledAt ? `Enable ${user.email}` : `Disable ${user.email}`}
            </button>
            <form
              noValidate
              onSubmit={async (event) => {
                event.preventDefault();
                const form = event.currentTarget;
                const password = String(new FormData(form).get(fieldId) ?? "");
                setPasswordDone(false);
                try {
                  await resetPassword.mutateAsync({ id: user.id, password });
                  setPasswordError(null);
                  setPasswordDone(true);
                  form.reset();
                  await refresh();
                } catch (failure) {
                  const found = fieldErrors(failure);
                  setPasswordError(found.password ?? found.form ?? "Could not reset the password.");
                  form.querySelector<HTMLInputElement>("input")?.focus();
                }
              }}
            >
              <FormField
                id={fieldId}
                label={`New password for ${user.email}`}
                type="password"
                autoComplete="new-password"
                error={passwordError}
              />
              {passwordDone ? <p role="status" className="success">Password reset; their sessions were ended.</p> : null}
              <button type="submit" className="secondary-button" disabled={resetPassword.isPending}>
                Reset password
              </button>
            </form>
          </>
        )}
      </td>
    </tr>
  );
}

export function UsersManager({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const users = useQuery(trpc.user.list.queryOptions());
  return (
    <>
      <CreateUser />
      <QueryStatus query={users} loading="Loading users…">
        {(items) => (
          <table>
            <caption>{items.length === 1 ? "1 user" : `${items.length} users`}</caption>
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Two-step</th>
                <th scope="col" className="number">
                  Sessions
                </th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {items.map((user) => (
                <UserRow key={user.id} user={user} isSelf={user.id === currentUserId} />
              ))}
            </tbody>
          </table>
        )}
      </QueryStatus>
    </>
  );
}
