"use client";

import {
  CreateOccupancyInput,
  CreateOrgMembershipInput,
  Id,
  MembershipStatus,
  OccupancyQualifier,
  UpdateOccupancyInput,
  UpdateOrgMembershipInput,
  type Occupancy,
  type OrgMembership,
} from "@plenary/domain";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { Controller, useForm, type FieldPath, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";
import { useTRPC } from "~/trpc/react";
import { SelectField, TextField } from "./fields";
import { fieldId, fromFormErrors, fromTrpcError, problemMap, type ProblemMap } from "./issues";
import { RecordPicker } from "./record-picker";
import "./inline-create.css";

let dialogCounter = 0;

/** A picked record is required; the domain's Id message ("expected string") would not say what to do. */
const picked = (what: string) => Id.nullable().refine((value) => value !== null, { error: `Pick the ${what}.` });

/**
 * The modal shell the post-held and membership forms share with the pickers' inline create forms: focus starts at
 * the first field and stays inside, Escape cancels, and events stay out of the page's own form (the dialog is
 * portalled out of it, but React still bubbles its events to it).
 */
function TermDialog({
  title,
  firstField,
  busy,
  submitLabel,
  message,
  onSubmit,
  onClose,
  removal,
  children,
}: {
  title: string;
  firstField: string;
  busy: boolean;
  submitLabel: string;
  message: string | null;
  onSubmit: () => Promise<void>;
  onClose: () => void;
  /** When editing: what a removal removes ("this post held"), and the removal itself. */
  removal?: { what: string; remove: () => Promise<void> };
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [headingId] = useState(() => `term-dialog-${(dialogCounter += 1)}`);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    document.getElementById(firstField)?.focus();
    return () => element.close();
    // Opens once per mount.
  }, []);
  const cancel = () => {
    dialog.current?.close();
    onClose();
  };
  return createPortal(
    <dialog
      ref={dialog}
      className="inline-create"
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          e.stopPropagation();
          void onSubmit();
        }}
      >
        <h2 id={headingId}>{title}</h2>
        {message ? <p role="alert">{message}</p> : null}
        {children}
        <div className="inline-create-actions">
          <button type="submit" disabled={busy}>
            {busy ? "Saving…" : submitLabel}
          </button>
          <button type="button" className="secondary-button" onClick={cancel}>
            Cancel
          </button>
          {removal && !confirming ? (
            <button type="button" className="danger" disabled={busy} onClick={() => setConfirming(true)}>
              Remove…
            </button>
          ) : null}
        </div>
        {removal && confirming ? (
          <div className="inline-create-actions" role="group" aria-label="Confirm removal">
            <span>Remove {removal.what} for good? Its history keeps what it was.</span>
            <button type="button" className="danger" disabled={busy} onClick={() => void removal.remove()}>
              Remove {removal.what}
            </button>
            <button type="button" className="secondary-button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        ) : null}
      </form>
    </dialog>,
    document.body,
  );
}

/** Saves through the mutation; the server's problems land at the fields, anything else above them. */
async function saveWith<V extends FieldValues>(
  form: UseFormReturn<V>,
  scope: string,
  save: () => Promise<{ record: { id: string } }>,
  setMessage: (message: string | null) => void,
): Promise<string | null> {
  setMessage(null);
  try {
    return (await save()).record.id;
  } catch (error) {
    const problems = fromTrpcError(error);
    for (const problem of problems) {
      if (problem.path.length) form.setError(problem.path.join(".") as FieldPath<V>, { type: "server", message: problem.message });
    }
    const code = (error as { data?: { code?: string } }).data?.code;
    setMessage(
      code === "CONFLICT"
        ? `${(error as Error).message} Close this form and open it again to start from the saved version.`
        : problems.length
          ? "The save was refused: see the fields below."
          : (error as Error).message,
    );
    if (problems[0]) document.getElementById(fieldId([scope, ...problems[0].path]))?.focus();
    return null;
  }
}

/** Removes from the version the form was opened at; a refusal (still named by a participation, a newer version) shows above the fields. */
async function removeWith(remove: () => Promise<unknown>, setMessage: (message: string | null) => void): Promise<boolean> {
  setMessage(null);
  try {
    await remove();
    return true;
  } catch (error) {
    setMessage((error as Error).message);
    return false;
  }
}

const scopedProblems = (scope: string, errors: object): ProblemMap =>
  problemMap(fromFormErrors(errors).map((p) => ({ ...p, path: [scope, ...p.path] })));

type OccupancyValues = { id?: string; version?: number; personId: string; postId: string | null; startDate: string | null; endDate: string | null; qualifier: OccupancyQualifier | null };

/**
 * Adds a post a person held (or edits one) in a modal form checked with the domain's schema: the post (which the
 * picker can create), start and end date (partial dates; the end is left empty while the term runs) and qualifier.
 */
export function OccupancyDialog({
  personId,
  occupancy,
  startDate = null,
  onSaved,
  onClose,
  onRemoved,
}: {
  personId: string;
  /** The post held being edited; without it, a new one is added. */
  occupancy?: Occupancy;
  /** A new one's proposed start date (the meeting editor proposes the meeting's date). */
  startDate?: string | null;
  onSaved: (id: string) => void;
  onClose: () => void;
  /** Offered when editing: the post held is removed. */
  onRemoved?: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [scope] = useState(() => `occupancy-${(dialogCounter += 1)}`);
  const [message, setMessage] = useState<string | null>(null);
  const create = useMutation(trpc.occupancy.create.mutationOptions());
  const update = useMutation(trpc.occupancy.update.mutationOptions());
  const remove = useMutation(trpc.occupancy.remove.mutationOptions());
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.lookup.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.occupancy.pathKey() })]);
  const schema = (occupancy ? UpdateOccupancyInput : CreateOccupancyInput).extend({ postId: picked("post held") });
  const form = useForm<OccupancyValues>({
    resolver: zodResolver(schema, undefined, { raw: true }) as unknown as Resolver<OccupancyValues>,
    defaultValues: occupancy
      ? { id: occupancy.id, version: occupancy.version, personId, postId: occupancy.postId, startDate: occupancy.startDate, endDate: occupancy.endDate, qualifier: occupancy.qualifier }
      : { personId, postId: null, startDate, endDate: null, qualifier: null },
  });
  const problems = scopedProblems(scope, form.formState.errors);
  const path = (key: string) => [scope, key];

  const submit = form.handleSubmit(
    async (values) => {
      const id = await saveWith(form, scope, () => (occupancy ? update.mutateAsync(values as UpdateOccupancyInput) : create.mutateAsync(values as CreateOccupancyInput)), setMessage);
      if (!id) return;
      await refresh();
      onSaved(id);
    },
    (errors) => {
      const first = fromFormErrors(errors)[0];
      if (first) document.getElementById(fieldId([scope, ...first.path]))?.focus();
    },
  );

  return (
    <TermDialog
      title={occupancy ? "Edit post held" : "Add a post held"}
      firstField={fieldId(path("postId"))}
      busy={create.isPending || update.isPending || remove.isPending}
      submitLabel={occupancy ? "Save post held" : "Add post held"}
      message={message}
      onSubmit={submit}
      onClose={onClose}
      removal={
        occupancy && onRemoved
          ? {
              what: "this post held",
              remove: async () => {
                if (!(await removeWith(() => remove.mutateAsync({ id: occupancy.id, version: occupancy.version }), setMessage))) return;
                await refresh();
                onRemoved();
              },
            }
          : undefined
      }
    >
      <Controller
        control={form.control}
        name="postId"
        render={({ field }) => <RecordPicker label="Post" entityType="post" path={path("postId")} value={field.value} onChange={field.onChange} problems={problems} />}
      />
      <Controller
        control={form.control}
        name="startDate"
        render={({ field }) => <TextField label="Start date (YYYY, YYYY-MM or YYYY-MM-DD)" path={path("startDate")} value={field.value} placeholder="YYYY-MM-DD" onChange={field.onChange} problems={problems} />}
      />
      <Controller
        control={form.control}
        name="endDate"
        render={({ field }) => <TextField label="End date (empty while held; the day the next holder starts)" path={path("endDate")} value={field.value} placeholder="YYYY-MM-DD" onChange={field.onChange} problems={problems} />}
      />
      <Controller
        control={form.control}
        name="qualifier"
        render={({ field }) => <SelectField label="Qualifier" path={path("qualifier")} value={field.value} options={OccupancyQualifier.options} allowEmpty onChange={field.onChange} problems={problems} />}
      />
    </TermDialog>
  );
}

type MembershipValues = {
  id?: string;
  version?: number;
  organizationId: string;
  countryId: string | null;
  status: MembershipStatus | null;
  startDate: string | null;
  endDate: string | null;
};

/** Adds a country's membership status in an organization (or edits one); rule 5 is the server's to check. */
export function MembershipDialog({
  organizationId,
  membership,
  onSaved,
  onClose,
  onRemoved,
}: {
  organizationId: string;
  membership?: OrgMembership;
  onSaved: (id: string) => void;
  onClose: () => void;
  onRemoved?: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [scope] = useState(() => `membership-${(dialogCounter += 1)}`);
  const [message, setMessage] = useState<string | null>(null);
  const create = useMutation(trpc.membership.create.mutationOptions());
  const update = useMutation(trpc.membership.update.mutationOptions());
  const remove = useMutation(trpc.membership.remove.mutationOptions());
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.membership.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.lookup.pathKey() })]);
  const schema = (membership ? UpdateOrgMembershipInput : CreateOrgMembershipInput).extend({
    countryId: picked("country"),
    status: MembershipStatus.nullable().refine((value) => value !== null, { error: "Choose the status." }),
  });
  const form = useForm<MembershipValues>({
    resolver: zodResolver(schema, undefined, { raw: true }) as unknown as Resolver<MembershipValues>,
    defaultValues: membership
      ? { id: membership.id, version: membership.version, organizationId, countryId: membership.countryId, status: membership.status, startDate: membership.startDate, endDate: membership.endDate }
      : { organizationId, countryId: null, status: null, startDate: null, endDate: null },
  });
  const problems = scopedProblems(scope, form.formState.errors);
  const path = (key: string) => [scope, key];

  const submit = form.handleSubmit(
    async (values) => {
      const id = await saveWith(
        form,
        scope,
        () => (membership ? update.mutateAsync(values as UpdateOrgMembershipInput) : create.mutateAsync(values as CreateOrgMembershipInput)),
        setMessage,
      );
      if (!id) return;
      await refresh();
      onSaved(id);
    },
    (errors) => {
      const first = fromFormErrors(errors)[0];
      if (first) document.getElementById(fieldId([scope, ...first.path]))?.focus();
    },
  );

  return (
    <TermDialog
      title={membership ? "Edit membership" : "Add a membership"}
      firstField={fieldId(path("countryId"))}
      busy={create.isPending || update.isPending || remove.isPending}
      submitLabel={membership ? "Save membership" : "Add membership"}
      message={message}
      onSubmit={submit}
      onClose={onClose}
      removal={
        membership && onRemoved
          ? {
              what: "this membership",
              remove: async () => {
                if (!(await removeWith(() => remove.mutateAsync({ id: membership.id, version: membership.version }), setMessage))) return;
                await refresh();
                onRemoved();
              },
            }
          : undefined
      }
    >
      <Controller
        control={form.control}
        name="countryId"
        render={({ field }) => <RecordPicker label="Country" entityType="country" path={path("countryId")} value={field.value} onChange={field.onChange} problems={problems} />}
      />
      <Controller
        control={form.control}
        name="status"
        render={({ field }) => <SelectField label="Status" path={path("status")} value={field.value} options={MembershipStatus.options} allowEmpty onChange={field.onChange} problems={problems} />}
      />
      <Controller
        control={form.control}
        name="startDate"
        render={({ field }) => <TextField label="Start date (YYYY, YYYY-MM or YYYY-MM-DD)" path={path("startDate")} value={field.value} placeholder="YYYY-MM-DD" onChange={field.onChange} problems={problems} />}
      />
      <Controller
        control={form.control}
        name="endDate"
        render={({ field }) => <TextField label="End date (empty while it lasts; the day the next status starts)" path={path("endDate")} value={field.value} placeholder="YYYY-MM-DD" onChange={field.onChange} problems={problems} />}
      />
    </TermDialog>
  );
}

/**
 * The meeting editor's way to record a post the participant's list does not have yet: opens the post-held form for
 * the person, starting on the meeting's date; the new post held is then chosen for the row.
 */
export function AddOccupancyButton({
  personId,
  name,
  startDate,
  onAdded,
}: {
  personId: string | null | undefined;
  /** The participant, for the button's accessible name. */
  name: string;
  startDate: string | null;
  onAdded: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus goes back to the button once the dialog is gone: while it is modal, the page behind it is inert.
  useEffect(() => {
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = () => setOpen(false);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="link-button"
        disabled={!personId}
        aria-label={`Add a post held… (${name})`}
        title={personId ? undefined : "Pick the person first"}
        onClick={() => setOpen(true)}
      >
        Add a post held…
      </button>
      {open && personId ? (
        <OccupancyDialog
          personId={personId}
          startDate={startDate}
          onSaved={(id) => {
            onAdded(id);
            close();
          }}
          onClose={close}
        />
      ) : null}
    </>
  );
}
