"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  CreateUserAccountInput,
  label,
  MIN_PASSWORD_LENGTH,
  ResetUserPasswordInput,
  UserRole,
} from "@plenary/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "~/trpc/react";
import { FormField } from "./form-field";
import { QueryStatus } from "./query-status";
import { setServerErrors } from "./server-errors";

/** The reset form checks the new password with the same schema the api applies. */
const NewPasswordForm = ResetUserPasswordInput.pick({ password: true });

function CreateUser() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<string | null>(null);
  const create = useMutation(trpc.user.create.mutationOptions());
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
    // No default values: the inputs' own are read when they register, so what was typed before hydration counts.
  } = useForm({ resolver: zodResolver(CreateUserAccountInput) });

  const onSubmit = handleSubmit(async (account) => {
    setCreated(null);
    try {
      const user = await create.mutateAsync(account);
      setCreated(`${user.email} can now sign in as ${label("userRole", user.role, "en").toLowerCase()}.`);
      reset({ email: "", name: "", role: "viewer", password: "" });
      await queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
    } catch (error) {
      setServerErrors(setError, error, { email: "email", name: "name", password: "password" });
    }
  });

  return (
    <section className="panel" aria-labelledby="new-user">
      <h2 id="new-user">New user</h2>
      <form onSubmit={onSubmit} noValidate>
        {errors.root?.server ? (
          <p role="alert" className="error">
            {errors.root.server.message}
          </p>
        ) : null}
        {created ? (
          <p role="status" className="success">
            {created}
          </p>
        ) : null}
        <FormField
          id="newEmail"
          label="Email"
          type="email"
          autoComplete="off"
          error={errors.email?.message}
          {...register("email")}
        />
        <FormField
          id="newName"
          label="Name"
          autoComplete="off"
          error={errors.name?.message}
          {...register("name")}
        />
        <div className="field">
          <label htmlFor="newRole">Role</label>
          <select id="newRole" defaultValue="viewer" {...register("role")}>
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
          error={errors.password?.message}
          {...register("password")}
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
  user: {
    id: string;
    email: string;
    name: string;
    role: UserRole;
    disabledAt: Date | null;
    twoFactorEnabled: boolean;
    activeSessions: number;
  };
  isSelf: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.user.list.queryKey() });
  const setRole = useMutation(trpc.user.setRole.mutationOptions({ onSuccess: refresh }));
  const setDisabled = useMutation(trpc.user.setDisabled.mutationOptions({ onSuccess: refresh }));
  const resetPassword = useMutation(trpc.user.resetPassword.mutationOptions());
  const [passwordDone, setPasswordDone] = useState(false);
  const passwordForm = useForm({ resolver: zodResolver(NewPasswordForm), defaultValues: { password: "" } });
  const passwordErrors = passwordForm.formState.errors;
  const error = setRole.error ?? setDisabled.error;
  const fieldId = `password-${user.id}`;
  const onResetPassword = passwordForm.handleSubmit(async ({ password }) => {
    setPasswordDone(false);
    try {
      await resetPassword.mutateAsync({ id: user.id, password });
      setPasswordDone(true);
      passwordForm.reset();
      await refresh();
    } catch (failure) {
      setServerErrors(passwordForm.setError, failure, { password: "password" });
    }
  });

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
        {error ? (
          <p role="alert" className="field-error">
            {error.message}
          </p>
        ) : null}
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
            <form noValidate onSubmit={onResetPassword}>
              <FormField
                id={fieldId}
                label={`New password for ${user.email}`}
                type="password"
                autoComplete="new-password"
                error={passwordErrors.password?.message ?? passwordErrors.root?.server?.message}
                {...passwordForm.register("password")}
              />
              {passwordDone ? (
                <p role="status" className="success">
                  Password reset; their sessions were ended.
                </p>
              ) : null}
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
