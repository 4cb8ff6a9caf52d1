import { ParticipationCategory, ParticipationMode, ParticipationRole, localize } from "@plenary/domain";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC } from "~/trpc/react";
import { Section, SelectField, TextField } from "../fields";
import { fieldId, type problemMap } from "../issues";
import { EditOnly, useReadOnly } from "../read-only";
import { findPending, PENDING_NOTE, usePendingRecords } from "../pending-records";
import { RecordPicker, useLabel } from "../record-picker";
import { AddOccupancyButton } from "../term-dialogs";
import { move, OrderControls, useDragOrder, type Participation, type SectionProps } from "./shared";

/** Who took part, in protocol order. */
export function ParticipantsSection({ form, set, setForm, problems }: SectionProps) {
  const participations = form.participations;
  const moveParticipant = (from: number, to: number) => set("participations", move(participations, from, to));
  return (
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
  );
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
  const pending = usePendingRecords();
  const occupancies = useQuery({
    ...trpc.lookup.occupancies.queryOptions({ personId: p.personId, date: meetingDate }),
    // A person made in this meeting has no stored posts held yet.
    enabled: !!p.personId && !findPending(pending, p.personId),
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
  // Posts held added for this person in this meeting, created when it is saved.
  const newHeld = (pending?.records.occupancies ?? []).filter((o) => o.personId === p.personId);
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
          offerCreate
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
              {newHeld.map((o) => (
                <NewPostHeldOption key={o.tempId} id={o.tempId} postId={o.postId} startDate={o.startDate} />
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
          offerCreate
        />
        <RecordPicker
          label="Representing organization"
          entityType="organization"
          path={[...path, "representingOrganizationId"]}
          value={p.representingOrganizationId}
          onChange={(id) => onChange({ representingOrganizationId: id })}
          problems={problems}
          offerCreate
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

/** A post held added in this meeting, offered for the row like a stored one until the save creates it. */
function NewPostHeldOption({
  id,
  postId,
  startDate,
}: {
  id: string;
  postId: string;
  startDate: string | null | undefined;
}) {
  const label = useLabel("post", postId) ?? "…";
  return (
    <option value={id}>
      {label} ({startDate ?? "?"}–) · {PENDING_NOTE}
    </option>
  );
}
