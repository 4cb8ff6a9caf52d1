"use client";

import {
  MeetingNewRecords,
  MeetingRecordInput,
  NO_NEW_RECORDS,
  eachNewRecord,
  newPackageDocument,
  usedNewRecords,
  type EditableMeeting,
  type MeetingNewRecordsInput,
} from "@plenary/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { canEdit as roleCanEdit } from "~/lib/roles";
import { useRole } from "~/lib/use-can-edit";
import { useTRPC } from "~/trpc/react";
import { fromTrpcError, fromZod, problemMap, type FieldProblem } from "./issues";
import { clearRecovery, useLeaveGuard, useLocalRecovery, useRecovered } from "./local-recovery";
import { newTempId, useNewRecordsState, type PendingRecords } from "./pending-records";
import { useUnsavedNavigationGuard } from "./unsaved-navigation";

/** A meeting as the server stored it: the draft plus what identifies the stored version. */
export type Stored = EditableMeeting & { id: string; version: number; slug: string; status: string };

export const EMPTY_MEETING: EditableMeeting = {
  titleI18n: { en: "" },
  classification: "summit",
  attendanceMode: "in_person",
  seriesId: null,
  bodyId: null,
  ordinal: null,
  startDate: null,
  endDate: null,
  venue: null,
  hostCountryId: null,
  coChaired: false,
  topicIds: [],
  summaryI18n: null,
  sources: [],
  identifiers: [],
  participations: [],
  documents: [],
  tallies: [],
  chairmanships: [],
  speeches: [],
};

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What this browser keeps of unsaved work: the draft, with the records made for it when there are any. */
export type KeptDraft = EditableMeeting & { newRecords?: MeetingNewRecordsInput };

/**
 * The meeting editor's state: the draft and the stored version it started from, validation against the domain's
 * `MeetingRecordInput`, the save (Cmd/Ctrl+S) with its refusal, conflict and success paths, and unsaved work kept
 * in this browser (recovery, and asking before leaving).
 */
export function useMeetingForm(id: string | null) {
  const trpc = useTRPC();
  // Viewers read the record here; what would change it is not offered (the server refuses it anyway).
  const role = useRole();
  const canEdit = roleCanEdit(role);
  const router = useRouter();
  const queryClient = useQueryClient();
  const loaded = useQuery({
    ...trpc.meeting.record.queryOptions({ id: id ?? "" }),
    enabled: !!id,
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
  const [base, setBase] = useState<Stored | null>(null);
  const [form, setForm] = useState<EditableMeeting>(EMPTY_MEETING);
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [showProblems, setShowProblems] = useState(false);
  /** What the server refused, for the summary's heading: a save, or publishing. */
  const [refused, setRefused] = useState<"save" | "publish">("save");
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Stored | null>(null);
  const [recovered, dismissRecovered] = useRecovered<KeptDraft>(id);
  /** Records made while editing ("Create …" in a picker, a post held added): created by the save, not before. */
  const { records: newRecords, setRecords: setNewRecords, pending: pendingNewRecords } = useNewRecordsState();
  // A document made in a picker is the meeting's: it joins the package, which the save creates with the meeting.
  const pending = useMemo<PendingRecords>(
    () => ({
      ...pendingNewRecords,
      documents: {
        list: form.documents.map((doc) => ({
          key: doc.key,
          title: doc.titleI18n.en || "Untitled document",
          isNew: !doc.id,
        })),
        add: (fields: object) => {
          const key = newTempId();
          const doc = newPackageDocument(key, fields as Parameters<typeof newPackageDocument>[1]);
          setForm((current) => ({ ...current, documents: [...current.documents, doc] }));
          return key;
        },
      },
    }),
    [pendingNewRecords, form.documents],
  );
  // Only what the draft still uses is sent and kept: a record made and then no longer picked is not created.
  const used = useMemo(() => usedNewRecords(form, newRecords), [form, newRecords]);
  const hasNewRecords = eachNewRecord(used).length > 0;
  const kept = useMemo<KeptDraft>(
    () => (hasNewRecords ? { ...form, newRecords: used } : form),
    [form, used, hasNewRecords],
  );
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (loaded.data && !base) {
      setBase(loaded.data as Stored);
      setForm(loaded.data);
    }
  }, [loaded.data, base]);

  const reference = base ?? EMPTY_MEETING;
  const dirty = !same(form, reference) || hasNewRecords;
  useLeaveGuard(dirty);
  useUnsavedNavigationGuard(
    dirty && canEdit,
    "Leave this meeting with unsaved changes? They stay in this browser and are offered back when you open it again; nothing is saved until you press Save.",
  );
  useLocalRecovery(id, kept, dirty, base?.version ?? null);

  /** Takes back work this browser kept: the draft and the records made for it. */
  const restore = (value: KeptDraft) => {
    const { newRecords: keptRecords, ...draft } = value;
    setForm(draft);
    setNewRecords(MeetingNewRecords.parse(keptRecords ?? {}));
  };

  const clientProblems = useMemo(() => {
    const parsed = MeetingRecordInput.safeParse(form);
    return parsed.success ? [] : fromZod(parsed.error);
  }, [form]);
  const problems = useMemo(
    () => problemMap([...(showProblems ? clientProblems : []), ...serverProblems]),
    [clientProblems, serverProblems, showProblems],
  );
  const errors = [
    ...(showProblems ? clientProblems : []),
    ...serverProblems.filter((p) => p.severity === "error"),
  ];
  const warnings = serverProblems.filter((p) => p.severity === "warning");

  const save = useMutation(trpc.meeting.saveRecord.mutationOptions());
  const doSave = useCallback(async () => {
    if (!canEdit) return;
    setRefused("save");
    setShowProblems(true);
    setMessage(null);
    if (clientProblems.length) {
      setServerProblems([]);
      summaryRef.current?.focus();
      return;
    }
    try {
      const result = await save.mutateAsync({
        ...form,
        id: base?.id,
        version: base?.version,
        ...(hasNewRecords ? { newRecords: used } : {}),
      });
      setServerProblems(result.warnings.map((w) => ({ ...w, severity: "warning" as const })));
      setShowProblems(false);
      setBase(result.record as Stored);
      // The saved record names the new records by their ids now: the temporary ones are gone with them.
      setForm(result.record);
      setNewRecords(NO_NEW_RECORDS);
      clearRecovery(id);
      setMessage(`Saved (version ${result.record.version}).`);
      await queryClient.invalidateQueries({ queryKey: trpc.meeting.pathKey() });
      if (hasNewRecords) await queryClient.invalidateQueries({ queryKey: trpc.lookup.pathKey() });
      if (!id) {
        clearRecovery(null);
        router.replace(`/meetings/edit/${result.record.id}`);
      }
    } catch (error) {
      const code = (error as { data?: { code?: string } }).data?.code;
      if (code === "CONFLICT" && base) {
        const theirs = await queryClient.fetchQuery({
          ...trpc.meeting.record.queryOptions({ id: base.id }),
          staleTime: 0,
        });
        setConflict(theirs as Stored);
        return;
      }
      setServerProblems(fromTrpcError(error));
      setMessage((error as Error).message);
      summaryRef.current?.focus();
    }
  }, [canEdit, clientProblems.length, form, base, id, save, queryClient, trpc, router, hasNewRecords, used]);

  // Cmd/Ctrl+S saves from anywhere on the page.
  useEffect(() => {
    const handler = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void doSave();
      }
    };
    // A viewer's Ctrl+S does nothing here (it would only be refused) and saves the web page as the browser would.
    if (!canEdit) return;
    window.addEventListener("keydown", handler);
    return () => window.removeEventListener("keydown", handler);
  }, [doSave, canEdit]);

  /** Reloads the stored meeting after a status change (publish, unpublish) and says what happened. */
  /** Loads the stored meeting again after a write made outside the form (publishing, a review step) and says so. */
  const reload = async (said: string) => {
    const fresh = await queryClient.fetchQuery({
      ...trpc.meeting.record.queryOptions({ id: base!.id }),
      staleTime: 0,
    });
    setBase(fresh as Stored);
    setForm(fresh);
    setMessage(said);
  };
  const afterStatusChange = (version: number, status: string) =>
    reload(`${status === "published" ? "Published" : "Unpublished"} (version ${version}).`);

  /** Shows what the server refused when publishing, in the same summary as a refused save. */
  const publishRefused = (error: unknown) => {
    setRefused("publish");
    setServerProblems(fromTrpcError(error));
    setMessage((error as Error).message);
  };

  const set = <K extends keyof EditableMeeting>(key: K, value: EditableMeeting[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  return {
    id,
    role,
    canEdit,
    loaded,
    base,
    setBase,
    form,
    setForm,
    set,
    reference,
    dirty,
    problems,
    errors,
    warnings,
    refused,
    message,
    setMessage,
    conflict,
    setConflict,
    recovered,
    dismissRecovered,
    restore,
    pending,
    summaryRef,
    saving: save.isPending,
    doSave,
    afterStatusChange,
    reload,
    publishRefused,
  };
}

export type MeetingForm = ReturnType<typeof useMeetingForm>;
