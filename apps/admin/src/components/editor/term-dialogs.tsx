"use client";

import {
  checkDateOrder,
  CreateOccupancyInput,
  CreateOrgMembershipInput,
  Id,
  MembershipStatus,
  membershipRecordRefs,
  occupancyRecordRefs,
  usedNewRecordsOf,
  type MeetingNewRecords,
  OccupancyQualifier,
  UpdateOccupancyInput,
  UpdateOrgMembershipInput,
  type LabelKind,
  type Occupancy,
  type OrgMembership,
} from "@plenary/domain";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import {
  Controller,
  useForm,
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from "react-hook-form";
import { useTRPC } from "~/trpc/react";
import { SelectField, TextField } from "./fields";
import { fieldId, fromFormErrors, fromTrpcError, problemMap, type ProblemMap } from "./issues";
import { ModalForm } from "./modal-form";
import {
  namedProblem,
  PendingRecordRefused,
  PendingRecordsProvider,
  useNewRecordsState,
  usePendingRecords,
} from "./pending-records";
import { RecordPicker, type PickerType } from "./record-picker";

let dialogCounter = 0;

/** A picked record is required; the domain's Id message ("expected string") would not say what to do. */
const picked = (what: string) =>
  Id.nullable().refine((value) => value !== null, { error: `Pick the ${what}.` });

/** The post-held and membership forms' modal: a term's form, which offers Remove… with a confirmation when editing. */
function TermDialog({
  removal,
  ...form
}: Omit<Parameters<typeof ModalForm>[0], "busyLabel" | "actions" | "after" | "onSubmit"> & {
  onSubmit: () => Promise<void>;
  /** When editing: what a removal removes ("this post held"), and the removal itself. */
  removal?: { what: string; remove: () => Promise<void> };
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <ModalForm
      {...form}
      busyLabel="Saving…"
      actions={
        removal && !confirming ? (
          <button type="button" className="danger" disabled={form.busy} onClick={() => setConfirming(true)}>
            Remove…
          </button>
        ) : null
      }
      after={
        removal && confirming ? (
          <div className="inline-create-actions" role="group" aria-label="Confirm removal">
            <span>Remove {removal.what} for good? Its history keeps what it was.</span>
            <button
              type="button"
              className="danger"
              disabled={form.busy}
              onClick={() => void removal.remove()}
            >
              Remove {removal.what}
            </button>
            <button type="button" className="secondary-button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        ) : null
      }
    />
  );
}

/**
 * Saves through the mutation; the server's problems land at the fields, anything else above them (a problem with a
 * record made in the form's pickers, named: its own form is closed by then).
 */
async function saveWith<V extends FieldValues>(
  form: UseFormReturn<V>,
  scope: string,
  save: () => Promise<{ record: { id: string } }>,
  setMessage: (message: string | null) => void,
  newRecords: MeetingNewRecords,
): Promise<string | null> {
  setMessage(null);
  try {
    return (await save()).record.id;
  } catch (error) {
    const all = fromTrpcError(error);
    const ofNewRecords = all.filter((problem) => problem.path[0] === "newRecords");
    const problems = all.filter((problem) => problem.path[0] !== "newRecords");
    for (const problem of problems) {
      if (problem.path.length)
        form.setError(problem.path.join(".") as FieldPath<V>, { type: "server", message: problem.message });
    }
    const code = (error as { data?: { code?: string } }).data?.code;
    setMessage(
      code === "CONFLICT"
        ? `${(error as Error).message} Close this form and open it again to start from the saved version.`
        : ofNewRecords.length
          ? ofNewRecords.map((problem) => namedProblem(newRecords, problem)).join(" ")
          : problems.length
            ? "The save was refused: see the fields below."
            : (error as Error).message,
    );
    if (problems[0]) document.getElementById(fieldId([scope, ...problems[0].path]))?.focus();
    return null;
  }
}

/** Removes from the version the form was opened at; a refusal (still named by a participation, a newer version) shows above the fields. */
async function removeWith(
  remove: () => Promise<unknown>,
  setMessage: (message: string | null) => void,
): Promise<boolean> {
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

/**
 * What the post-held and membership forms share: the form checked with the domain's schema, saving (the new or
 * edited record's id to `onSaved`) and, when editing and `onRemoved` is given, removing from the version the form
 * was opened at; the lists the record shows in are refreshed after either. The form says only its fields.
 */
function useTermForm<V extends FieldValues>({
  prefix,
  record,
  what,
  resolver,
  defaultValues,
  save,
  newRecords,
  remove,
  busy,
  refreshKeys,
  onSaved,
  onClose,
  onRemoved,
}: {
  /** Starts the ids of the form's fields. */
  prefix: string;
  /** The record being edited; without it, a new one is added. */
  record: { id: string; version: number } | undefined;
  /** What a removal removes ("this post held"). */
  what: string;
  resolver: Resolver<V>;
  defaultValues: DefaultValues<V>;
  save: (values: V) => Promise<{ record: { id: string } }>;
  /** The records made in the form's pickers and kept for its save (to name them when the save is refused). */
  newRecords: MeetingNewRecords;
  remove: (target: { id: string; version: number }) => Promise<unknown>;
  busy: boolean;
  refreshKeys: QueryKey[];
  onSaved: (id: string) => void;
  onClose: () => void;
  onRemoved?: () => void;
}) {
  const queryClient = useQueryClient();
  const [scope] = useState(() => `${prefix}-${(dialogCounter += 1)}`);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = () =>
    Promise.all(refreshKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  const form = useForm<V>({ resolver, defaultValues });
  const problems = scopedProblems(scope, form.formState.errors);
  const path = (key: FieldPath<V>) => [scope, key];

  const onSubmit = form.handleSubmit(
    async (values) => {
      const id = await saveWith(form, scope, () => save(values), setMessage, newRecords);
      if (!id) return;
      await refresh();
      onSaved(id);
    },
    (errors) => {
      const first = fromFormErrors(errors)[0];
      if (first) document.getElementById(fieldId([scope, ...first.path]))?.focus();
    },
  );
  const removal =
    record && onRemoved
      ? {
          what,
          remove: async () => {
            if (!(await removeWith(() => remove({ id: record.id, version: record.version }), setMessage)))
              return;
            await refresh();
            onRemoved();
          },
        }
      : undefined;

  /**
   * The form's fields, bound to it: each says only its key, its label and what it offers. A picker offers to create
   * only in a new term's form (what it makes is created with the term); an edit only picks.
   */
  const fields = {
    picker: (key: FieldPath<V>, label: string, entityType: PickerType) => (
      <Controller
        control={form.control}
        name={key}
        render={({ field }) => (
          <RecordPicker
            label={label}
            entityType={entityType}
            path={path(key)}
            value={field.value as string | null}
            onChange={field.onChange}
            problems={problems}
            offerCreate={!record}
          />
        )}
      />
    ),
    date: (key: FieldPath<V>, label: string) => (
      <Controller
        control={form.control}
        name={key}
        render={({ field }) => (
          <TextField
            label={label}
            path={path(key)}
            value={field.value as string | null}
            placeholder="YYYY-MM-DD"
            onChange={field.onChange}
            problems={problems}
          />
        )}
      />
    ),
    select: (key: FieldPath<V>, label: string, options: readonly string[], labels: LabelKind) => (
      <Controller
        control={form.control}
        name={key}
        render={({ field }) => (
          <SelectField
            label={label}
            path={path(key)}
            value={field.value as string | null}
            options={options}
            labels={labels}
            allowEmpty
            onChange={field.onChange}
            problems={problems}
          />
        )}
      />
    ),
  };

  return {
    fields,
    firstField: (key: FieldPath<V>) => fieldId(path(key)),
    dialog: { busy, message, onSubmit, onClose, removal },
  };
}

const START_DATE = "Start date (YYYY, YYYY-MM or YYYY-MM-DD)";

type OccupancyValues = {
  id?: string;
  version?: number;
  personId: string;
  postId: string | null;
  startDate: string | null;
  endDate: string | null;
  qualifier: OccupancyQualifier | null;
};

/**
 * Adds a post a person held (or edits one) in a modal form checked with the domain's schema: the post (which the
 * picker can create), start and end date (partial dates; the end is left empty while the term runs) and qualifier.
 * A post made in its picker is kept until the form is saved and created with the post held, in one transaction;
 * closing the form leaves nothing behind. Inside the meeting editor the new post held (and its new post) is kept with
 * the draft and created by the meeting's save.
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
  const create = useMutation(trpc.occupancy.create.mutationOptions());
  const update = useMutation(trpc.occupancy.update.mutationOptions());
  const remove = useMutation(trpc.occupancy.remove.mutationOptions());
  const meeting = usePendingRecords();
  const own = useNewRecordsState();
  // What the post picker makes waits for the meeting's save inside the meeting editor, for this form's elsewhere.
  const pending = meeting ?? own.pending;
  /** Keeps the new post held with the meeting's draft, once its dates are in order (rule 1, as the save checks). */
  const keep = async (values: OccupancyValues) => {
    const { id: _id, version: _version, ...fields } = values;
    const refused = checkDateOrder(fields, { subject: "This term" });
    if (refused.length) throw new PendingRecordRefused(refused);
    return { record: { id: meeting!.add("occupancies", fields) } };
  };
  const schema = (occupancy ? UpdateOccupancyInput : CreateOccupancyInput).extend({
    postId: picked("post held"),
  });
  const { fields, firstField, dialog } = useTermForm<OccupancyValues>({
    prefix: "occupancy",
    record: occupancy,
    what: "this post held",
    resolver: zodResolver(schema, undefined, { raw: true }) as unknown as Resolver<OccupancyValues>,
    defaultValues: occupancy
      ? {
          id: occupancy.id,
          version: occupancy.version,
          personId,
          postId: occupancy.postId,
          startDate: occupancy.startDate,
          endDate: occupancy.endDate,
          qualifier: occupancy.qualifier,
        }
      : { personId, postId: null, startDate, endDate: null, qualifier: null },
    save: (values) =>
      occupancy
        ? update.mutateAsync(values as UpdateOccupancyInput)
        : meeting
          ? keep(values)
          : create.mutateAsync({
              ...(values as CreateOccupancyInput),
              newRecords: usedNewRecordsOf(occupancyRecordRefs(values as CreateOccupancyInput), own.records),
            }),
    newRecords: pending.records,
    remove: (target) => remove.mutateAsync(target),
    busy: create.isPending || update.isPending || remove.isPending,
    refreshKeys: [trpc.lookup.pathKey(), trpc.occupancy.pathKey()],
    onSaved,
    onClose,
    onRemoved,
  });

  return (
    <PendingRecordsProvider value={pending}>
      <TermDialog
        title={occupancy ? "Edit post held" : "Add a post held"}
        firstField={firstField("postId")}
        submitLabel={occupancy ? "Save post held" : "Add post held"}
        {...dialog}
      >
        {fields.picker("postId", "Post", "post")}
        {fields.date("startDate", START_DATE)}
        {fields.date("endDate", "End date (empty while held; the day the next holder starts)")}
        {fields.select("qualifier", "Qualifier", OccupancyQualifier.options, "occupancyQualifier")}
      </TermDialog>
    </PendingRecordsProvider>
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

/**
 * Adds a country's membership status in an organization (or edits one); rule 5 is the server's to check. A country
 * made in its picker is kept until the form is saved and created with the membership, in one transaction.
 */
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
  const create = useMutation(trpc.membership.create.mutationOptions());
  const update = useMutation(trpc.membership.update.mutationOptions());
  const remove = useMutation(trpc.membership.remove.mutationOptions());
  const own = useNewRecordsState();
  const schema = (membership ? UpdateOrgMembershipInput : CreateOrgMembershipInput).extend({
    countryId: picked("country"),
    status: MembershipStatus.nullable().refine((value) => value !== null, { error: "Choose the status." }),
  });
  const { fields, firstField, dialog } = useTermForm<MembershipValues>({
    prefix: "membership",
    record: membership,
    what: "this membership",
    resolver: zodResolver(schema, undefined, { raw: true }) as unknown as Resolver<MembershipValues>,
    defaultValues: membership
      ? {
          id: membership.id,
          version: membership.version,
          organizationId,
          countryId: membership.countryId,
          status: membership.status,
          startDate: membership.startDate,
          endDate: membership.endDate,
        }
      : { organizationId, countryId: null, status: null, startDate: null, endDate: null },
    save: (values) =>
      membership
        ? update.mutateAsync(values as UpdateOrgMembershipInput)
        : create.mutateAsync({
            ...(values as CreateOrgMembershipInput),
            newRecords: usedNewRecordsOf(
              membershipRecordRefs(values as CreateOrgMembershipInput),
              own.records,
            ),
          }),
    newRecords: own.records,
    remove: (target) => remove.mutateAsync(target),
    busy: create.isPending || update.isPending || remove.isPending,
    refreshKeys: [trpc.membership.pathKey(), trpc.lookup.pathKey()],
    onSaved,
    onClose,
    onRemoved,
  });

  return (
    <PendingRecordsProvider value={own.pending}>
      <TermDialog
        title={membership ? "Edit membership" : "Add a membership"}
        firstField={firstField("countryId")}
        submitLabel={membership ? "Save membership" : "Add membership"}
        {...dialog}
      >
        {fields.picker("countryId", "Country", "country")}
        {fields.select("status", "Status", MembershipStatus.options, "membershipStatus")}
        {fields.date("startDate", START_DATE)}
        {fields.date("endDate", "End date (empty while it lasts; the day the next status starts)")}
      </TermDialog>
    </PendingRecordsProvider>
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
