"use client";

import {
  AdoptionAction,
  AttendanceMode,
  DocumentActionType,
  DocumentRelationType,
  DocumentType,
  HandoverEnd,
  LegalForce,
  LegalStatus,
  MeetingClassification,
  MeetingRecordInput,
  ParticipationCategory,
  ParticipationMode,
  ParticipationRole,
  SpeechKind,
  countNoun,
  localize,
  type EditableMeeting,
} from "@plenary/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { canEdit as roleCanEdit } from "~/lib/roles";
import { useRole } from "~/lib/use-can-edit";
import { useTRPC } from "~/trpc/react";
import { ConflictView } from "./conflict-view";
import { ExportButton } from "./export-button";
import { CheckboxField, I18nField, Section, SelectField, TextField } from "./fields";
import { fieldId, fromTrpcError, fromZod, pathLabel, problemMap, type FieldProblem } from "./issues";
import { clearRecovery, useLeaveGuard, useLocalRecovery, useRecovered } from "./local-recovery";
import { PreviewLink } from "./preview-link";
import { EditOnly, ReadOnly, useReadOnly } from "./read-only";
import { MEETING_SECTIONS } from "./editor-sections";
import { SectionNav } from "./section-nav";
import { SourceCard } from "./source-card";
import { useUnsavedNavigationGuard } from "./unsaved-navigation";
import { RecordPicker, useLabel } from "./record-picker";
import { AddOccupancyButton } from "./term-dialogs";

type Stored = EditableMeeting & { id: string; version: number; slug: string; status: string };
type Participation = EditableMeeting["participations"][number];
type Doc = EditableMeeting["documents"][number];

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

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Up/down buttons (keyboard) and a drag handle for one row of an ordered list. */
function OrderControls({
  index,
  count,
  onMove,
  label,
}: {
  index: number;
  count: number;
  onMove: (to: number) => void;
  label: string;
}) {
  if (useReadOnly()) return null;
  return (
    <span className="order-controls">
      <button
        type="button"
        aria-label={`Move ${label} up`}
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={`Move ${label} down`}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        ↓
      </button>
    </span>
  );
}

/** Drag and drop for ordered rows; the buttons do the same for keyboard users. */
function useDragOrder(onMove: (from: number, to: number) => void) {
  const dragging = useRef<number | null>(null);
  return (index: number) => ({
    draggable: true,
    onDragStart: () => (dragging.current = index),
    onDragOver: (e: React.DragEvent) => e.preventDefault(),
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      if (dragging.current !== null && dragging.current !== index) onMove(dragging.current, index);
      dragging.current = null;
    },
  });
}

function ParticipantRow({
  p,
  index,
  count,
  meetingDate,
  problems,
  onChange,
  onMove,
  onRemove,
  drag,
}: {
  p: Participation;
  index: number;
  count: number;
  meetingDate: string | null;
  problems: ReturnType<typeof problemMap>;
  /** Applies a change to the row as it is when the change lands (a picker may answer after later edits). */
  onChange: (patch: Partial<Participation>) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  drag: ReturnType<ReturnType<typeof useDragOrder>>;
}) {
  const trpc = useTRPC();
  const name = useLabel("person", p.personId) ?? `Participant ${index + 1}`;
  const occupancies = useQuery({
    ...trpc.lookup.occupancies.queryOptions({ personId: p.personId, date: meetingDate }),
    enabled: !!p.personId,
  });
  const proposed = occupancies.data?.find((o) => o.coversDate);
  // Propose the post held on the meeting's date when none is linked yet.
  useEffect(() => {
    if (!p.occupancyId && proposed)
      onChange({
        occupancyId: proposed.id,
        ...(p.representingCountryId ? {} : { representingCountryId: proposed.countryId }),
      });
  }, [proposed?.id]);
  const path = ["participations", index];
  const readOnly = useReadOnly();
  const post = occupancies.data?.find((o) => o.id === p.occupancyId);
  return (
    <li className="row-card" {...(readOnly ? {} : drag)} data-testid="participant-row">
      <div className="row-head">
        {readOnly ? null : (
          <span className="drag-handle" aria-hidden="true">
            ⋮⋮
          </span>
        )}
        <strong>
          {index + 1}. {name}
        </strong>
        <OrderControls index={index} count={count} onMove={onMove} label={name} />
        <EditOnly>
          <button type="button" className="danger" onClick={onRemove} aria-label={`Remove ${name}`}>
            Remove
          </button>
        </EditOnly>
      </div>
      <div className="grid">
        <RecordPicker
          label="Person"
          entityType="person"
          path={[...path, "personId"]}
          value={p.personId}
          onChange={(id) => onChange({ personId: id ?? "", occupancyId: null })}
          problems={problems}
        />
        {readOnly ? (
          <TextField
            label="Post held that day"
            path={[...path, "occupancyId"]}
            value={post ? localize(post.postLabelI18n, "en").text : null}
            onChange={() => {}}
            problems={problems}
          />
        ) : (
          <div className="field">
            <label htmlFor={fieldId([...path, "occupancyId"])}>Post held that day</label>
            <select
              id={fieldId([...path, "occupancyId"])}
              value={p.occupancyId ?? ""}
              onChange={(e) => onChange({ occupancyId: e.target.value || null })}
            >
              <option value="">— none —</option>
              {(occupancies.data ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {localize(o.postLabelI18n, "en").text} ({o.startDate ?? "?"}–{o.endDate ?? ""})
                  {o.coversDate ? " · held on the meeting's date" : ""}
                </option>
              ))}
            </select>
            <AddOccupancyButton
              personId={p.personId}
              name={name}
              startDate={meetingDate}
              onAdded={(id) => onChange({ occupancyId: id })}
            />
          </div>
        )}
        <TextField
          label="Title as stated in the source"
          path={[...path, "titleAsStated"]}
          value={p.titleAsStated}
          onChange={(v) => onChange({ titleAsStated: v ?? "" })}
          problems={problems}
        />
        <RecordPicker
          label="Representing country"
          entityType="country"
          path={[...path, "representingCountryId"]}
          value={p.representingCountryId}
          onChange={(id) => onChange({ representingCountryId: id })}
          problems={problems}
        />
        <RecordPicker
          label="Representing organization"
          entityType="organization"
          path={[...path, "representingOrganizationId"]}
          value={p.representingOrganizationId}
          onChange={(id) => onChange({ representingOrganizationId: id })}
          problems={problems}
        />
        <SelectField
          label="Category"
          path={[...path, "category"]}
          value={p.category}
          options={ParticipationCategory.options}
          labels="participationCategory"
          onChange={(v) => onChange({ category: v ?? "member_state" })}
          problems={problems}
        />
        <SelectField
          label="Role"
          path={[...path, "role"]}
          value={p.role}
          options={ParticipationRole.options}
          labels="participationRole"
          onChange={(v) => onChange({ role: v ?? "participant" })}
          problems={problems}
        />
        <SelectField
          label="Mode"
          path={[...path, "mode"]}
          value={p.mode}
          options={ParticipationMode.options}
          labels="participationMode"
          onChange={(v) => onChange({ mode: v ?? "in_person" })}
          problems={problems}
        />
      </div>
    </li>
  );
}

function DocumentCard({
  doc,
  index,
  count,
  others,
  problems,
  onChange,
  onMove,
  onRemove,
}: {
  doc: Doc;
  index: number;
  count: number;
  others: Doc[];
  problems: ReturnType<typeof problemMap>;
  onChange: (d: Doc) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const path = ["documents", index];
  const title = doc.titleI18n.en || `Document ${index + 1}`;
  const readOnly = useReadOnly();
  return (
    <li className="row-card" data-testid="document-card">
      <div className="row-head">
        <strong>
          {index + 1}. {title}
        </strong>
        <OrderControls index={index} count={count} onMove={onMove} label={title} />
        <EditOnly>
          <button
            type="button"
            className="danger"
            onClick={onRemove}
            aria-label={`Remove ${title} from the package`}
          >
            Remove
          </button>
        </EditOnly>
      </div>
      <I18nField
        label="Title"
        path={[...path, "titleI18n"]}
        value={doc.titleI18n}
        onChange={(v) => onChange({ ...doc, titleI18n: v ?? { en: "" } })}
        problems={problems}
      />
      <div className="grid">
        <SelectField
          label="Type"
          path={[...path, "type"]}
          value={doc.type}
          options={DocumentType.options}
          labels="documentType"
          onChange={(v) => onChange({ ...doc, type: v ?? "other" })}
          problems={problems}
        />
        <SelectField
          label="Action"
          path={[...path, "action"]}
          value={doc.action}
          options={AdoptionAction.options}
          labels="adoptionAction"
          onChange={(v) => onChange({ ...doc, action: v ?? "adopted" })}
          problems={problems}
        />
        <TextField
          label="Date adopted"
          path={[...path, "dateAdopted"]}
          value={doc.dateAdopted}
          onChange={(v) => onChange({ ...doc, dateAdopted: v })}
          problems={problems}
          placeholder="YYYY-MM-DD"
        />
        <TextField
          label="Valid from"
          path={[...path, "validFrom"]}
          value={doc.validFrom}
          onChange={(v) => onChange({ ...doc, validFrom: v })}
          problems={problems}
          placeholder="YYYY"
        />
        <TextField
          label="Valid to"
          path={[...path, "validTo"]}
          value={doc.validTo}
          onChange={(v) => onChange({ ...doc, validTo: v })}
          problems={problems}
          placeholder="YYYY"
        />
        <SelectField
          label="Legal force"
          path={[...path, "legalForce"]}
          value={doc.legalForce}
          options={LegalForce.options}
          labels="legalForce"
          allowEmpty
          onChange={(v) => onChange({ ...doc, legalForce: v })}
          problems={problems}
        />
        <SelectField
          label="Legal status"
          path={[...path, "legalStatus"]}
          value={doc.legalStatus}
          options={LegalStatus.options}
          labels="legalStatus"
          allowEmpty
          onChange={(v) => onChange({ ...doc, legalStatus: v })}
          problems={problems}
        />
        <RecordPicker
          label="Adopting body"
          entityType="organization"
          path={[...path, "adoptingBodyId"]}
          value={doc.adoptingBodyId}
          onChange={(id) => onChange({ ...doc, adoptingBodyId: id })}
          problems={problems}
        />
      </div>
      <fieldset>
        <legend>Relations</legend>
        {doc.relations.map((r, j) => (
          <div key={j} className="inline-row">
            <SelectField
              label="Relation"
              path={[...path, "relations", j, "type"]}
              value={r.type}
              options={DocumentRelationType.options}
              labels="documentRelationType"
              onChange={(v) =>
                onChange({
                  ...doc,
                  relations: doc.relations.map((x, k) => (k === j ? { ...x, type: v ?? "references" } : x)),
                })
              }
              problems={problems}
            />
            {readOnly ? (
              <TextField
                label="To document"
                path={[...path, "relations", j, "to"]}
                value={
                  others.find((o) => o.key === r.to)?.titleI18n.en ??
                  (r.to ? "A document outside this meeting" : null)
                }
                onChange={() => {}}
                problems={problems}
              />
            ) : (
              <div className="field">
                <label htmlFor={fieldId([...path, "relations", j, "to"])}>To document</label>
                <select
                  id={fieldId([...path, "relations", j, "to"])}
                  value={r.to}
                  onChange={(e) =>
                    onChange({
                      ...doc,
                      relations: doc.relations.map((x, k) => (k === j ? { ...x, to: e.target.value } : x)),
                    })
                  }
                >
                  <option value="">—</option>
                  {others.map((o) => (
                    <option key={o.key} value={o.key}>
                      {o.titleI18n.en || o.key}
                    </option>
                  ))}
                  {!others.some((o) => o.key === r.to) && r.to ? (
                    <option value={r.to}>Document outside this meeting ({r.to})</option>
                  ) : null}
                </select>
              </div>
            )}
            <EditOnly>
              <button
                type="button"
                className="danger"
                onClick={() => onChange({ ...doc, relations: doc.relations.filter((_, k) => k !== j) })}
              >
                Remove relation
              </button>
            </EditOnly>
          </div>
        ))}
        <EditOnly>
          <button
            type="button"
            onClick={() =>
              onChange({
                ...doc,
                relations: [...doc.relations, { type: "approves", to: others[0]?.key ?? "" }],
              })
            }
          >
            Add relation
          </button>
        </EditOnly>
      </fieldset>
      <fieldset>
        <legend>Actions (adopted, signed, planned…)</legend>
        {doc.actions.map((a, j) => (
          <div key={j} className="inline-row">
            <SelectField
              label="Action"
              path={[...path, "actions", j, "type"]}
              value={a.type}
              options={DocumentActionType.options}
              labels="documentActionType"
              onChange={(v) =>
                onChange({
                  ...doc,
                  actions: doc.actions.map((x, k) => (k === j ? { ...x, type: v ?? "other" } : x)),
                })
              }
              problems={problems}
            />
            <TextField
              label="Date"
              path={[...path, "actions", j, "date"]}
              value={a.date}
              onChange={(v) =>
                onChange({ ...doc, actions: doc.actions.map((x, k) => (k === j ? { ...x, date: v } : x)) })
              }
              problems={problems}
            />
            <TextField
              label="Actor"
              path={[...path, "actions", j, "actor"]}
              value={a.actor}
              onChange={(v) =>
                onChange({ ...doc, actions: doc.actions.map((x, k) => (k === j ? { ...x, actor: v } : x)) })
              }
              problems={problems}
            />
            <CheckboxField
              label="Planned"
              path={[...path, "actions", j, "planned"]}
              checked={a.planned}
              onChange={(v) =>
                onChange({ ...doc, actions: doc.actions.map((x, k) => (k === j ? { ...x, planned: v } : x)) })
              }
            />
            <EditOnly>
              <button
                type="button"
                className="danger"
                onClick={() => onChange({ ...doc, actions: doc.actions.filter((_, k) => k !== j) })}
              >
                Remove action
              </button>
            </EditOnly>
          </div>
        ))}
        <EditOnly>
          <button
            type="button"
            onClick={() =>
              onChange({
                ...doc,
                actions: [
                  ...doc.actions,
                  { type: "adopted", date: null, planned: false, actor: null, reference: null },
                ],
              })
            }
          >
            Add action
          </button>
        </EditOnly>
      </fieldset>
      <fieldset>
        <legend>Texts</legend>
        {doc.texts.map((t, j) => (
          <div key={j} className="inline-row">
            <TextField
              label="Language"
              path={[...path, "texts", j, "lang"]}
              value={t.lang}
              onChange={(v) =>
                onChange({ ...doc, texts: doc.texts.map((x, k) => (k === j ? { ...x, lang: v ?? "" } : x)) })
              }
              problems={problems}
            />
            <TextField
              label="Title"
              path={[...path, "texts", j, "title"]}
              value={t.title}
              onChange={(v) =>
                onChange({ ...doc, texts: doc.texts.map((x, k) => (k === j ? { ...x, title: v ?? "" } : x)) })
              }
              problems={problems}
            />
            <TextField
              label="Body"
              multiline
              path={[...path, "texts", j, "body"]}
              value={t.body}
              onChange={(v) =>
                onChange({ ...doc, texts: doc.texts.map((x, k) => (k === j ? { ...x, body: v ?? "" } : x)) })
              }
              problems={problems}
            />
            <EditOnly>
              <button
                type="button"
                className="danger"
                onClick={() => onChange({ ...doc, texts: doc.texts.filter((_, k) => k !== j) })}
              >
                Remove text
              </button>
            </EditOnly>
          </div>
        ))}
        <EditOnly>
          <button
            type="button"
            onClick={() =>
              onChange({
                ...doc,
                texts: [
                  ...doc.texts,
                  {
                    lang: "en",
                    title: doc.titleI18n.en || "Text",
                    body: "",
                    isAuthentic: false,
                    sourceUrl: null,
                  },
                ],
              })
            }
          >
            Add text
          </button>
        </EditOnly>
      </fieldset>
    </li>
  );
}

/** What unpublishing does, said before it is done. */
const unpublishQuestion = (title: string) =>
  `Unpublish “${title}”? It leaves the public site at once: its page, the lists, search and feeds, and the people and organizations shown there only because of it. Its documents keep their own status. It can be published again.`;

/** What moving a meeting to the trash does, with what it takes along. */
function trashQuestion(title: string, participants: number, documents: number, published: boolean): string {
  const listed = [
    participants ? countNoun(participants, { one: "participant", other: "participants" }) : null,
    documents ? countNoun(documents, { one: "document", other: "documents" }) : null,
  ]
    .filter(Boolean)
    .join(" and ");
  return [
    `Move “${title}” to the trash?`,
    published
      ? "It leaves the public site at once, with the people and organizations shown there only because of it."
      : null,
    listed ? `Its ${listed} stay with it; its documents keep their own status.` : null,
    "It can be restored from the trash.",
  ]
    .filter(Boolean)
    .join(" ");
}

let newKeyCounter = 0;
const newKey = () => `new-${Date.now().toString(36)}-${(newKeyCounter += 1)}`;

/**
 * The whole meeting on one screen, saved at once (Cmd/Ctrl+S) from the version it was loaded at. Field errors show
 * at the field and in a summary that links to them; rule warnings show without blocking. Unsaved work is kept in
 * this browser across reloads, leaving asks first, and a colleague's concurrent save opens the conflict view.
 */
export function MeetingEditor({ id, siteUrl = null }: { id: string | null; siteUrl?: string | null }) {
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
  const [publishNames, setPublishNames] = useState<{
    id: string;
    version: number;
    documents: { id: string; title: string }[];
  } | null>(null);
  const [recovered, dismissRecovered] = useRecovered<EditableMeeting>(id);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (loaded.data && !base) {
      setBase(loaded.data as Stored);
      setForm(loaded.data);
    }
  }, [loaded.data, base]);

  const reference = base ?? EMPTY_MEETING;
  const dirty = !same(form, reference);
  useLeaveGuard(dirty);
  useUnsavedNavigationGuard(
    dirty && canEdit,
    "Leave this meeting with unsaved changes? They stay in this browser and are offered back when you open it again; nothing is saved until you press Save.",
  );
  useLocalRecovery(id, form, dirty, base?.version ?? null);

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
      const result = await save.mutateAsync({ ...form, id: base?.id, version: base?.version });
      setServerProblems(result.warnings.map((w) => ({ ...w, severity: "warning" as const })));
      setShowProblems(false);
      setBase(result.record as Stored);
      setForm(result.record);
      clearRecovery(id);
      setMessage(`Saved (version ${result.record.version}).`);
      await queryClient.invalidateQueries({ queryKey: trpc.meeting.pathKey() });
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
  }, [canEdit, clientProblems.length, form, base, id, save, queryClient, trpc, router]);

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

  const preview = useMutation({
    mutationFn: (meetingId: string) =>
      queryClient.fetchQuery({ ...trpc.publishing.preview.queryOptions({ id: meetingId }), staleTime: 0 }),
  });
  const publish = useMutation(trpc.publishing.publishMeeting.mutationOptions());
  const unpublish = useMutation(trpc.publishing.unpublishMeeting.mutationOptions());
  const moveToTrash = useMutation(trpc.trash.move.mutationOptions());

  const afterStatusChange = async (version: number, status: string) => {
    const fresh = await queryClient.fetchQuery({
      ...trpc.meeting.record.queryOptions({ id: base!.id }),
      staleTime: 0,
    });
    setBase(fresh as Stored);
    setForm(fresh);
    setMessage(`${status === "published" ? "Published" : "Unpublished"} (version ${version}).`);
  };

  // Until the role is known the screen would not know whether to show inputs or values.
  if ((id && loaded.status === "pending") || role === null) return <p role="status">Loading the meeting…</p>;
  if (id && loaded.status === "error") return <p role="alert">{loaded.error.message}</p>;

  const set = <K extends keyof EditableMeeting>(key: K, value: EditableMeeting[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const participations = form.participations;
  const moveParticipant = (from: number, to: number) => set("participations", move(participations, from, to));

  return (
    <div className="meeting-editor">
      <div className="editor-toolbar" role="toolbar" aria-label="Meeting actions">
        {canEdit ? (
          <button
            type="button"
            onClick={() => void doSave()}
            disabled={save.isPending}
            aria-keyshortcuts="Control+S Meta+S"
          >
            {save.isPending ? "Saving…" : "Save"}
          </button>
        ) : (
          <span role="note">Read only: your role can read records but not change them.</span>
        )}
        <span className="muted">
          {dirty
            ? "Unsaved changes"
            : base
              ? `Saved · version ${base.version} · ${base.status}`
              : "New meeting"}
        </span>
        {base ? (
          <>
            {!canEdit ? null : base.status === "published" ? (
              <button
                type="button"
                disabled={dirty}
                onClick={() => {
                  if (!window.confirm(unpublishQuestion(localize(base.titleI18n, "en").text))) return;
                  void unpublish
                    .mutateAsync({ id: base.id, version: base.version })
                    .then((r) => afterStatusChange(r.record.version, "draft"))
                    .catch((error: unknown) => setMessage((error as Error).message));
                }}
              >
                Unpublish
              </button>
            ) : (
              <button
                type="button"
                disabled={dirty}
                onClick={() =>
                  void preview.mutateAsync(base.id).then((p) =>
                    setPublishNames({
                      id: p.id,
                      version: p.version,
                      documents: p.draftDocuments.map((d) => ({
                        id: d.id,
                        title: localize(d.titleI18n, "en").text,
                      })),
                    }),
                  )
                }
              >
                Publish…
              </button>
            )}
            <PreviewLink id={base.id} dirty={dirty} />
            {base.status === "published" && siteUrl ? (
              <a
                href={new URL(`/en/meetings/${base.slug}`, siteUrl).toString()}
                target="_blank"
                rel="noopener noreferrer"
              >
                View on site<span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : null}
            <Link href={`/history/meeting/${base.id}`}>History</Link>
            <ExportButton id={base.id} slug={base.slug} />
            <button
              type="button"
              className="danger"
              hidden={!canEdit}
              disabled={dirty}
              onClick={() => {
                if (
                  !window.confirm(
                    trashQuestion(
                      localize(base.titleI18n, "en").text,
                      base.participations.length,
                      base.documents.length,
                      base.status === "published",
                    ),
                  )
                )
                  return;
                void moveToTrash
                  .mutateAsync({ entityType: "meeting", id: base.id, version: base.version })
                  .then(() => router.push("/trash"))
                  .catch((error: unknown) => setMessage((error as Error).message));
              }}
            >
              Move to trash
            </button>
          </>
        ) : null}
      </div>
      {message ? (
        <p role="status" className="status-line">
          {message}
        </p>
      ) : null}

      {recovered && !same(recovered.value, reference) ? (
        <div role="region" aria-label="Unsaved work found" className="notice">
          <p>
            Unsaved changes from {new Date(recovered.savedAt).toLocaleString()} were kept in this browser
            {recovered.baseVersion !== null && base && recovered.baseVersion !== base.version
              ? ` (they started from version ${recovered.baseVersion}; the meeting is now at ${base.version})`
              : ""}
            .
          </p>
          <button
            type="button"
            onClick={() => {
              setForm(recovered.value);
              dismissRecovered();
            }}
          >
            Restore unsaved changes
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              clearRecovery(id);
              dismissRecovered();
            }}
          >
            Discard them
          </button>
        </div>
      ) : null}

      {publishNames ? (
        <div role="dialog" aria-modal="false" aria-labelledby="publish-heading" className="notice">
          <h2 id="publish-heading">Publish this meeting?</h2>
          {publishNames.documents.length ? (
            <>
              <p>Publishing it also publishes these draft documents:</p>
              <ul>
                {publishNames.documents.map((d) => (
                  <li key={d.id}>{d.title}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>It lists no draft documents.</p>
          )}
          <button
            type="button"
            onClick={() =>
              void publish
                .mutateAsync({
                  id: publishNames.id,
                  version: publishNames.version,
                  confirmedDocumentIds: publishNames.documents.map((d) => d.id),
                })
                .then((r) => {
                  setPublishNames(null);
                  return afterStatusChange(r.record.version, "published");
                })
                .catch((error: unknown) => {
                  setPublishNames(null);
                  setRefused("publish");
                  setServerProblems(fromTrpcError(error));
                  setMessage((error as Error).message);
                })
            }
          >
            Publish meeting
            {publishNames.documents.length ? ` and ${publishNames.documents.length} documents` : ""}
          </button>
          <button type="button" className="secondary" onClick={() => setPublishNames(null)}>
            Cancel
          </button>
        </div>
      ) : null}

      {conflict && base ? (
        <ConflictView
          base={base}
          mine={form}
          theirs={conflict}
          onCancel={() => setConflict(null)}
          onResolve={(merged) => {
            setBase(conflict);
            setForm({ ...merged, id: conflict.id, version: conflict.version });
            setConflict(null);
            setMessage("Choices applied: review and save.");
          }}
        />
      ) : null}

      <div ref={summaryRef} tabIndex={-1} aria-live="polite">
        {errors.length ? (
          <div className="error-summary" role="alert">
            <h2>
              {countNoun(
                errors.length,
                refused === "publish"
                  ? { one: "problem stops publishing", other: "problems stop publishing" }
                  : { one: "problem stops the save", other: "problems stop the save" },
              )}
            </h2>
            <ul>
              {errors.map((p, i) => (
                <li key={i}>
                  <a href={`#${fieldId(p.path)}`}>
                    {pathLabel(p.path)}: {p.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {warnings.length ? (
          <div className="warning-summary">
            <h2>Warnings (saved anyway)</h2>
            <ul>
              {warnings.map((p, i) => (
                <li key={i}>
                  <a href={`#${fieldId(p.path)}`}>{p.message}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>

      <SectionNav
        sections={MEETING_SECTIONS}
        sizes={{
          participants: participations.length,
          documents: form.documents.length,
          tallies: form.tallies.length,
          chairmanships: form.chairmanships.length,
          speeches: form.speeches.length,
          topics: form.topicIds.length,
          sources: form.sources.length,
        }}
        errors={errors}
      />

      <ReadOnly when={!canEdit}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void doSave();
          }}
          aria-label="Meeting"
        >
          <Section id="general" title="Meeting">
            <I18nField
              label="Title"
              path={["titleI18n"]}
              value={form.titleI18n}
              onChange={(v) => set("titleI18n", v ?? { en: "" })}
              problems={problems}
            />
            <div className="grid">
              <SelectField
                label="Classification"
                path={["classification"]}
                value={form.classification}
                options={MeetingClassification.options}
                labels="meetingClassification"
                onChange={(v) => set("classification", v ?? "summit")}
                problems={problems}
              />
              <TextField
                label="Start date"
                path={["startDate"]}
                value={form.startDate}
                onChange={(v) => set("startDate", v)}
                problems={problems}
                placeholder="YYYY-MM-DD"
              />
              <TextField
                label="End date"
                path={["endDate"]}
                value={form.endDate}
                onChange={(v) => set("endDate", v)}
                problems={problems}
                placeholder="YYYY-MM-DD"
              />
              <SelectField
                label="Attendance"
                path={["attendanceMode"]}
                value={form.attendanceMode}
                options={AttendanceMode.options}
                labels="attendanceMode"
                onChange={(v) => set("attendanceMode", v ?? "in_person")}
                problems={problems}
              />
              <TextField
                label="Ordinal"
                path={["ordinal"]}
                value={form.ordinal === null ? null : String(form.ordinal)}
                onChange={(v) =>
                  set("ordinal", v === null ? null : Number.isNaN(Number(v)) ? (v as never) : Number(v))
                }
                problems={problems}
              />
              <RecordPicker
                label="Body (organization)"
                entityType="organization"
                path={["bodyId"]}
                value={form.bodyId}
                onChange={(v) => set("bodyId", v)}
                problems={problems}
              />
              <RecordPicker
                label="Host country"
                entityType="country"
                path={["hostCountryId"]}
                value={form.hostCountryId}
                onChange={(v) => set("hostCountryId", v)}
                problems={problems}
              />
              <RecordPicker
                label="Venue country"
                entityType="country"
                path={["venue", "countryId"]}
                value={form.venue?.countryId ?? null}
                onChange={(v) =>
                  set(
                    "venue",
                    v || form.venue?.city ? { ...(form.venue ?? {}), countryId: v ?? undefined } : null,
                  )
                }
                problems={problems}
              />
              <CheckboxField
                label="Co-chaired"
                path={["coChaired"]}
                checked={form.coChaired}
                onChange={(v) => set("coChaired", v)}
              />
            </div>
            <I18nField
              label="Venue city"
              optional
              path={["venue", "city"]}
              value={form.venue?.city ?? null}
              onChange={(v) =>
                set(
                  "venue",
                  v || form.venue?.countryId ? { ...(form.venue ?? {}), city: v ?? undefined } : null,
                )
              }
              problems={problems}
            />
            <I18nField
              label="Summary"
              optional
              multiline
              path={["summaryI18n"]}
              value={form.summaryI18n}
              onChange={(v) => set("summaryI18n", v)}
              problems={problems}
            />
          </Section>

          <Section
            id="participants"
            title={`Participants (${participations.length})`}
            actions={
              <button
                type="button"
                onClick={() =>
                  set("participations", [
                    ...participations,
                    {
                      personId: "",
                      occupancyId: null,
                      titleAsStated: "",
                      representingCountryId: null,
                      representingOrganizationId: null,
                      category: "member_state",
                      role: "participant",
                      mode: "in_person",
                    },
                  ])
                }
              >
                Add participant
              </button>
            }
          >
            <EditOnly>
              <p className="muted">Protocol order: drag a row, or use its ↑ ↓ buttons.</p>
            </EditOnly>
            <ParticipantList
              participations={participations}
              meetingDate={form.startDate}
              problems={problems}
              onMove={moveParticipant}
              onChange={(update) => setForm((f) => ({ ...f, participations: update(f.participations) }))}
            />
          </Section>

          <Section
            id="documents"
            title={`Documents (${form.documents.length})`}
            actions={
              <button
                type="button"
                onClick={() =>
                  set("documents", [
                    ...form.documents,
                    {
                      key: newKey(),
                      titleI18n: { en: "" },
                      type: "decision",
                      action: "adopted",
                      adoptingBodyId: null,
                      dateAdopted: form.startDate,
                      validFrom: null,
                      validTo: null,
                      legalForce: null,
                      legalStatus: null,
                      topicIds: [],
                      sources: [],
                      identifiers: [],
                      actions: [],
                      texts: [],
                      relations: [],
                    },
                  ])
                }
              >
                Add document
              </button>
            }
          >
            <ol className="rows">
              {form.documents.map((doc, i) => (
                <DocumentCard
                  key={doc.key}
                  doc={doc}
                  index={i}
                  count={form.documents.length}
                  others={form.documents.filter((d) => d.key !== doc.key)}
                  problems={problems}
                  onChange={(d) =>
                    set(
                      "documents",
                      form.documents.map((x, k) => (k === i ? d : x)),
                    )
                  }
                  onMove={(to) => set("documents", move(form.documents, i, to))}
                  onRemove={() =>
                    set(
                      "documents",
                      form.documents.filter((_, k) => k !== i),
                    )
                  }
                />
              ))}
            </ol>
          </Section>

          <Section
            id="tallies"
            title="Outcome tallies"
            actions={
              <button
                type="button"
                onClick={() =>
                  set("tallies", [...form.tallies, { documentType: "decision", count: 0, noteI18n: null }])
                }
              >
                Add tally
              </button>
            }
          >
            {form.tallies.map((t, i) => (
              <div key={i} className="inline-row">
                <SelectField
                  label="Document type"
                  path={["tallies", i, "documentType"]}
                  value={t.documentType}
                  options={DocumentType.options}
                  labels="documentType"
                  onChange={(v) =>
                    set(
                      "tallies",
                      form.tallies.map((x, k) => (k === i ? { ...x, documentType: v ?? "decision" } : x)),
                    )
                  }
                  problems={problems}
                />
                <TextField
                  label="Count"
                  path={["tallies", i, "count"]}
                  value={String(t.count)}
                  onChange={(v) =>
                    set(
                      "tallies",
                      form.tallies.map((x, k) => (k === i ? { ...x, count: Number(v ?? 0) } : x)),
                    )
                  }
                  problems={problems}
                />
                <EditOnly>
                  <button
                    type="button"
                    className="danger"
                    onClick={() =>
                      set(
                        "tallies",
                        form.tallies.filter((_, k) => k !== i),
                      )
                    }
                  >
                    Remove tally
                  </button>
                </EditOnly>
              </div>
            ))}
          </Section>

          <Section
            id="chairmanships"
            title="Chairmanship handover"
            actions={
              <button
                type="button"
                onClick={() =>
                  set("chairmanships", [
                    ...form.chairmanships,
                    {
                      at: "start",
                      organizationId: form.bodyId ?? "",
                      countryId: "",
                      startDate: form.startDate ?? "",
                      endDate: null,
                      themeI18n: null,
                    },
                  ])
                }
              >
                Add chairmanship
              </button>
            }
          >
            <p className="muted">
              Terms that end or start at this meeting: the ending one has end date = the meeting&apos;s date,
              the next one starts then. A term keeps the meeting at its other end: recording here that a term
              ends does not take it off the meeting where it started.
            </p>
            {form.chairmanships.map((c, i) => (
              <div key={c.id ?? i} className="row-card">
                <div className="grid">
                  <SelectField
                    label="At this meeting the term"
                    path={["chairmanships", i, "at"]}
                    value={c.at ?? null}
                    options={HandoverEnd.options}
                    optionLabel={(at) => (at === "start" ? "starts" : "ends")}
                    onChange={(v) =>
                      set(
                        "chairmanships",
                        form.chairmanships.map((x, k) => (k === i ? { ...x, at: v ?? "start" } : x)),
                      )
                    }
                    problems={problems}
                  />
                  <RecordPicker
                    label="Organization"
                    entityType="organization"
                    path={["chairmanships", i, "organizationId"]}
                    value={c.organizationId}
                    onChange={(v) =>
                      set(
                        "chairmanships",
                        form.chairmanships.map((x, k) => (k === i ? { ...x, organizationId: v ?? "" } : x)),
                      )
                    }
                    problems={problems}
                  />
                  <RecordPicker
                    label="Country"
                    entityType="country"
                    path={["chairmanships", i, "countryId"]}
                    value={c.countryId}
                    onChange={(v) =>
                      set(
                        "chairmanships",
                        form.chairmanships.map((x, k) => (k === i ? { ...x, countryId: v ?? "" } : x)),
                      )
                    }
                    problems={problems}
                  />
                  <TextField
                    label="Start"
                    path={["chairmanships", i, "startDate"]}
                    value={c.startDate}
                    onChange={(v) =>
                      set(
                        "chairmanships",
                        form.chairmanships.map((x, k) => (k === i ? { ...x, startDate: v ?? "" } : x)),
                      )
                    }
                    problems={problems}
                  />
                  <TextField
                    label="End"
                    path={["chairmanships", i, "endDate"]}
                    value={c.endDate}
                    onChange={(v) =>
                      set(
                        "chairmanships",
                        form.chairmanships.map((x, k) => (k === i ? { ...x, endDate: v } : x)),
                      )
                    }
                    problems={problems}
                  />
                </div>
                <EditOnly>
                  <button
                    type="button"
                    className="danger"
                    onClick={() =>
                      set(
                        "chairmanships",
                        form.chairmanships.filter((_, k) => k !== i),
                      )
                    }
                  >
                    Remove chairmanship
                  </button>
                </EditOnly>
              </div>
            ))}
          </Section>

          <Section
            id="speeches"
            title="Speeches"
            actions={
              <button
                type="button"
                onClick={() =>
                  set("speeches", [...form.speeches, { personId: "", kind: "speech", textI18n: null }])
                }
              >
                Add speech
              </button>
            }
          >
            <ol className="rows">
              {form.speeches.map((s, i) => (
                <li key={s.id ?? i} className="row-card">
                  <div className="row-head">
                    <strong>Speech {i + 1}</strong>
                    <OrderControls
                      index={i}
                      count={form.speeches.length}
                      label={`speech ${i + 1}`}
                      onMove={(to) => set("speeches", move(form.speeches, i, to))}
                    />
                    <EditOnly>
                      <button
                        type="button"
                        className="danger"
                        onClick={() =>
                          set(
                            "speeches",
                            form.speeches.filter((_, k) => k !== i),
                          )
                        }
                      >
                        Remove speech
                      </button>
                    </EditOnly>
                  </div>
                  <div className="grid">
                    <RecordPicker
                      label="Speaker"
                      entityType="person"
                      path={["speeches", i, "personId"]}
                      value={s.personId}
                      onChange={(v) =>
                        setForm((f) => ({
                          ...f,
                          speeches: f.speeches.map((x, k) => (k === i ? { ...x, personId: v ?? "" } : x)),
                        }))
                      }
                      problems={problems}
                    />
                    <SelectField
                      label="Kind"
                      path={["speeches", i, "kind"]}
                      value={s.kind}
                      options={SpeechKind.options}
                      labels="speechKind"
                      onChange={(v) =>
                        set(
                          "speeches",
                          form.speeches.map((x, k) => (k === i ? { ...x, kind: v ?? "speech" } : x)),
                        )
                      }
                      problems={problems}
                    />
                  </div>
                  <I18nField
                    label="Text"
                    optional
                    multiline
                    path={["speeches", i, "textI18n"]}
                    value={s.textI18n}
                    onChange={(v) =>
                      set(
                        "speeches",
                        form.speeches.map((x, k) => (k === i ? { ...x, textI18n: v } : x)),
                      )
                    }
                    problems={problems}
                  />
                </li>
              ))}
            </ol>
          </Section>

          <Section id="topics" title="Topics">
            <ul>
              {form.topicIds.map((topicId, i) => (
                <TopicItem
                  key={topicId}
                  id={topicId}
                  onRemove={() =>
                    set(
                      "topicIds",
                      form.topicIds.filter((_, k) => k !== i),
                    )
                  }
                />
              ))}
            </ul>
            <EditOnly>
              <RecordPicker
                label="Add a topic"
                entityType="topic"
                path={["topicIds", form.topicIds.length]}
                value={null}
                onChange={(v) =>
                  v && setForm((f) => (f.topicIds.includes(v) ? f : { ...f, topicIds: [...f.topicIds, v] }))
                }
                problems={problems}
              />
            </EditOnly>
          </Section>

          <Section
            id="sources"
            title="Sources"
            actions={
              <button type="button" onClick={() => set("sources", [...form.sources, {}])}>
                Add source
              </button>
            }
          >
            <ol className="rows">
              {form.sources.map((s, i) => (
                <SourceCard
                  key={i}
                  source={s}
                  index={i}
                  problems={problems}
                  onChange={(source) =>
                    setForm((f) => ({ ...f, sources: f.sources.map((x, k) => (k === i ? source : x)) }))
                  }
                  onRemove={() => setForm((f) => ({ ...f, sources: f.sources.filter((_, k) => k !== i) }))}
                />
              ))}
            </ol>
          </Section>

          <EditOnly>
            <div className="actions">
              <button type="submit" disabled={save.isPending}>
                Save meeting
              </button>
            </div>
          </EditOnly>
        </form>
      </ReadOnly>
    </div>
  );
}

function TopicItem({ id, onRemove }: { id: string; onRemove: () => void }) {
  const name = useLabel("topic", id) ?? id;
  return (
    <li>
      {name}{" "}
      <EditOnly>
        <button type="button" className="link-button" onClick={onRemove} aria-label={`Remove topic ${name}`}>
          Remove
        </button>
      </EditOnly>
    </li>
  );
}

function ParticipantList({
  participations,
  meetingDate,
  problems,
  onMove,
  onChange,
}: {
  participations: Participation[];
  meetingDate: string | null;
  problems: ReturnType<typeof problemMap>;
  onMove: (from: number, to: number) => void;
  onChange: (update: (list: Participation[]) => Participation[]) => void;
}) {
  const drag = useDragOrder(onMove);
  // Stored rows keep their identity by id while moving; new rows by position until saved.
  const keyOf = (p: Participation, i: number) => p.id ?? `new-${i}`;
  return (
    <ol className="rows">
      {participations.map((p, i) => (
        <ParticipantRow
          key={keyOf(p, i)}
          p={p}
          index={i}
          count={participations.length}
          meetingDate={meetingDate}
          problems={problems}
          drag={drag(i)}
          onMove={(to) => onMove(i, to)}
          onRemove={() => onChange((list) => list.filter((_, k) => k !== i))}
          onChange={(patch) => onChange((list) => list.map((x, k) => (k === i ? { ...x, ...patch } : x)))}
        />
      ))}
    </ol>
  );
}
