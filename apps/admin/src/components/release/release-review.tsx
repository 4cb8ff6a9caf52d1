"use client";

import {
  LABELS,
  addMentionAsParticipant,
  addSelectedFact,
  factsToCheck,
  handoverBodiesMissing,
  initialEdits,
  label,
  mentionsLeftOut,
  pickHandoverBody,
  reviewedDraft,
  type MeetingProposal,
  type ParticipationCategory,
  type ParticipationMode,
  type ParticipationRole,
  type PersonMention,
  type ReviewEdits,
  type ReviewFact,
  type SelectedFactKind,
} from "@plenary/domain";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { useTRPC } from "~/trpc/react";
import type { ProblemMap } from "../editor/issues";
import { RecordPicker } from "../editor/record-picker";
import { ReleaseText, type Span } from "./release-text";

const categories = Object.keys(LABELS.participationCategory) as ParticipationCategory[];
const roles = Object.keys(LABELS.participationRole) as ParticipationRole[];
const modes = Object.keys(LABELS.participationMode) as ParticipationMode[];
/** The review's pickers check nothing of their own: the draft's save reports what is wrong. */
const NO_PROBLEMS: ProblemMap = new Map();
const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;
/** How many of the least certain facts the review lists first. */
const CHECK_FIRST = 8;
const FACT_KINDS: Record<ReviewFact["kind"], string> = {
  participant: "Participant",
  document: "Document",
  tally: "Tally",
  chairmanship: "Chairmanship",
  speech: "Speech",
  topic: "Topic",
  body: "Body",
  date: "Date",
};

/** New meeting from a press release: paste or upload, review every proposed fact beside its sentence, save a draft. */
export function ReleaseReview() {
  const trpc = useTRPC();
  const router = useRouter();
  const [text, setText] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [proposal, setProposal] = useState<MeetingProposal | null>(null);
  const [edits, setEdits] = useState<ReviewEdits | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [selectionError, setSelectionError] = useState<string | null>(null);

  const read = useMutation(
    trpc.release.read.mutationOptions({
      onSuccess: (result) => {
        setProposal(result.proposal);
        setEdits(initialEdits(result.proposal));
        setSelection(null);
        setSelectionError(null);
      },
    }),
  );
  const create = useMutation(
    trpc.release.createDraft.mutationOptions({ onSuccess: ({ id }) => router.push(`/meetings/edit/${id}`) }),
  );

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    setFileError(null);
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > 1024 * 1024) return setFileError("The file is over 1 MB.");
    setText(await file.text());
  }

  function onRead(event: FormEvent) {
    event.preventDefault();
    read.mutate({ text });
  }

  if (!proposal || !edits) {
    return (
      <form onSubmit={onRead} className="release-input">
        <div className="field">
          <label htmlFor="release-text">Press release text</label>
          <textarea
            id="release-text"
            rows={16}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="release-file">…or upload a .txt file</label>
          <input id="release-file" type="file" accept=".txt,text/plain" onChange={onFile} />
          {fileError && (
            <p role="alert" className="error">
              {fileError}
            </p>
          )}
        </div>
        {read.error && (
          <p role="alert" className="error">
            {read.error.message}
          </p>
        )}
        <button type="submit" disabled={read.isPending}>
          {read.isPending ? "Reading…" : "Read release"}
        </button>
        <p className="hint">Nothing is saved until you create the draft.</p>
      </form>
    );
  }

  const update = (change: Partial<ReviewEdits>) => setEdits({ ...edits, ...change });
  const toggle = (key: string) => {
    const rejected = new Set(edits.rejected);
    if (rejected.has(key)) rejected.delete(key);
    else rejected.add(key);
    update({ rejected });
  };
  const accepted = (key: string) => !edits.rejected.has(key);
  const select = (id: string) => {
    setSelected(id);
    document.getElementById(`span-${id}`)?.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  // A fact made from the text (a selection, or a person named but not proposed); its row then shows like the others.
  const adopt = (kind: SelectedFactKind, result: ReturnType<typeof addSelectedFact>) => {
    if ("error" in result) return setSelectionError(result.error);
    const next = result.proposal;
    setProposal(next);
    setSelection(null);
    setSelectionError(null);
    window.getSelection()?.removeAllRanges();
    setSelected(
      kind === "participant"
        ? `participant:${next.participants.at(-1)!.protocolOrder}`
        : kind === "document"
          ? `document:${next.documents.at(-1)!.key}`
          : `chairmanship:${next.chairmanships.length - 1}`,
    );
  };
  // Text selected in the release becomes the fact the reader missed.
  const make = (kind: SelectedFactKind) => {
    if (!selection) return;
    adopt(kind, addSelectedFact(proposal, kind, selection.start, selection.end));
  };
  // A person named but not proposed becomes a participant as a selection of their name would.
  const addMention = (mention: PersonMention) =>
    adopt("participant", addMentionAsParticipant(proposal, mention));
  const mentions = mentionsLeftOut(proposal);
  const bodiesMissing = handoverBodiesMissing(proposal, edits);
  const mentionId = (mention: PersonMention) => `mention:${mention.evidence.start}`;
  const selectedText = selection ? proposal.source.text.slice(selection.start, selection.end).trim() : "";

  const spans: Span[] = [
    ...proposal.participants.map((p) => ({
      id: `participant:${p.protocolOrder}`,
      start: p.evidence.start,
      end: p.evidence.end,
      label: `Participant ${p.protocolOrder}`,
    })),
    ...proposal.documents.map((d) => ({
      id: `document:${d.key}`,
      start: d.evidence.start,
      end: d.evidence.end,
      label: `Document: ${d.title}`,
    })),
    ...proposal.tallies.map((t, i) => ({
      id: `tally:${i}`,
      start: t.evidence.start,
      end: t.evidence.end,
      label: `Tally: ${t.count}`,
    })),
    ...proposal.chairmanships.map((c, i) => ({
      id: `chairmanship:${i}`,
      start: c.evidence.start,
      end: c.evidence.end,
      label: "Chairmanship",
    })),
    ...mentions.map((m) => ({
      id: mentionId(m),
      start: m.evidence.start,
      end: m.evidence.end,
      label: `Also named: ${m.titleAsStated}`,
    })),
    ...proposal.speeches.map((s, i) => ({
      id: `speech:${i}`,
      start: s.evidence.start,
      end: s.evidence.end,
      label: "Speech",
    })),
  ];
  const rowProps = (id: string) => ({
    className:
      [id === selected ? "selected" : "", accepted(id) ? "" : "rejected"].join(" ").trim() || undefined,
    onFocus: () => select(id),
  });
  const acceptBox = (id: string, name: string) => (
    <input type="checkbox" checked={accepted(id)} onChange={() => toggle(id)} aria-label={`Accept ${name}`} />
  );

  return (
    <div className="release-review">
      <section aria-labelledby="release-source">
        <h2 id="release-source">Release</h2>
        <ReleaseText
          text={proposal.source.text}
          spans={spans}
          selected={selected}
          onSelect={select}
          onSelectText={(range) => {
            setSelection(range);
            setSelectionError(null);
          }}
        />
        <div className="selection-actions" data-testid="release-selection">
          {selectedText ? (
            <>
              <p>Selected: “{selectedText.length > 80 ? `${selectedText.slice(0, 80)}…` : selectedText}”</p>
              <button type="button" onClick={() => make("participant")}>
                Make it a participant
              </button>{" "}
              <button type="button" onClick={() => make("document")}>
                Make it a document
              </button>{" "}
              <button type="button" onClick={() => make("handover")}>
                Make it the handover
              </button>
            </>
          ) : (
            <p className="hint">
              Select text of the release to add a participant, a document or the presidency handover the
              reader missed.
            </p>
          )}
          {selectionError && (
            <p role="alert" className="error">
              {selectionError}
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby="release-proposal">
        <h2 id="release-proposal">Proposed record</h2>
        {proposal.warnings.length > 0 && (
          <ul className="warnings" aria-label="What the reader could not settle">
            {proposal.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
        <h3 id="release-check-first">Check first</h3>
        <ol className="facts" aria-labelledby="release-check-first" data-testid="release-check-first">
          {factsToCheck(proposal)
            .slice(0, CHECK_FIRST)
            .map((fact) => (
              <li key={fact.key} className={fact.key === selected ? "selected" : undefined}>
                <button type="button" className="secondary" onClick={() => select(fact.key)}>
                  {FACT_KINDS[fact.kind]}:{" "}
                  {fact.label.length > 80 ? `${fact.label.slice(0, 80)}…` : fact.label}
                </button>{" "}
                <span className="hint">{percent(fact.confidence)}</span>
              </li>
            ))}
        </ol>
        <div className="grid">
          <div className="field">
            <label htmlFor="release-title">Title</label>
            <input
              id="release-title"
              value={edits.title}
              onChange={(event) => update({ title: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="release-start">Start date</label>
            <input
              id="release-start"
              value={edits.startDate}
              onChange={(event) => update({ startDate: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="release-end">End date</label>
            <input
              id="release-end"
              value={edits.endDate}
              onChange={(event) => update({ endDate: event.target.value })}
            />
          </div>
        </div>
        <p>
          Body:{" "}
          {proposal.body?.value.status === "matched"
            ? proposal.body.value.label
            : "not recognised — set it in the editor"}{" "}
          · Attendance: {label("attendanceMode", proposal.attendanceMode.value, "en")} · Published:{" "}
          {proposal.publicationDate?.value ?? "unknown"}
        </p>
        <h3>
          Participants (
          {proposal.participants.filter((p) => accepted(`participant:${p.protocolOrder}`)).length})
        </h3>
        <table>
          <thead>
            <tr>
              <th scope="col">Accept</th>
              <th scope="col">#</th>
              <th scope="col">As stated</th>
              <th scope="col">Person</th>
              <th scope="col">Category</th>
              <th scope="col">Role</th>
              <th scope="col">Mode</th>
              <th scope="col">Confidence</th>
            </tr>
          </thead>
          <tbody>
            {proposal.participants.map((p) => {
              const id = `participant:${p.protocolOrder}`;
              const choice = edits.people[p.protocolOrder];
              const matched = p.person.value.status === "matched" ? p.person.value : null;
              const current = choice
                ? choice.kind === "existing"
                  ? choice.id
                  : "new"
                : matched
                  ? matched.id
                  : "new";
              const newName =
                choice?.kind === "new"
                  ? choice.name
                  : p.person.value.status === "new"
                    ? p.person.value.proposed.name
                    : p.nameAsStated;
              return (
                <tr key={id} {...rowProps(id)} data-testid="release-participant">
                  <td>{acceptBox(id, p.titleAsStated)}</td>
                  <td>{p.protocolOrder}</td>
                  <td>{p.titleAsStated}</td>
                  <td>
                    <select
                      aria-label={`Person for ${p.titleAsStated}`}
                      value={current}
                      onChange={(event) => {
                        const value = event.target.value;
                        const candidate = p.person.value.candidates.find((c) => c.id === value);
                        update({
                          people: {
                            ...edits.people,
                            [p.protocolOrder]: candidate
                              ? { kind: "existing", id: candidate.id, label: candidate.label }
                              : { kind: "new", name: newName },
                          },
                        });
                      }}
                    >
                      {p.person.value.candidates.map((candidate) => (
                        <option key={candidate.id} value={candidate.id}>
                          {candidate.label} ({percent(candidate.score)}, {candidate.reason})
                        </option>
                      ))}
                      <option value="new">New person…</option>
                    </select>
                    {current === "new" && (
                      <input
                        aria-label={`Name of the new person for ${p.titleAsStated}`}
                        value={newName}
                        onChange={(event) =>
                          update({
                            people: {
                              ...edits.people,
                              [p.protocolOrder]: { kind: "new", name: event.target.value },
                            },
                          })
                        }
                      />
                    )}
                  </td>
                  <td>
                    <select
                      aria-label={`Category of ${p.titleAsStated}`}
                      value={edits.categories[p.protocolOrder] ?? p.category.value}
                      onChange={(event) =>
                        update({
                          categories: {
                            ...edits.categories,
                            [p.protocolOrder]: event.target.value as ParticipationCategory,
                          },
                        })
                      }
                    >
                      {categories.map((value) => (
                        <option key={value} value={value}>
                          {label("participationCategory", value, "en")}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`Role of ${p.titleAsStated}`}
                      value={edits.roles[p.protocolOrder] ?? p.role.value}
                      onChange={(event) =>
                        update({
                          roles: {
                            ...edits.roles,
                            [p.protocolOrder]: event.target.value as ParticipationRole,
                          },
                        })
                      }
                    >
                      {roles.map((value) => (
                        <option key={value} value={value}>
                          {label("participationRole", value, "en")}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`Mode of ${p.titleAsStated}`}
                      value={edits.modes[p.protocolOrder] ?? p.mode.value}
                      onChange={(event) =>
                        update({
                          modes: {
                            ...edits.modes,
                            [p.protocolOrder]: event.target.value as ParticipationMode,
                          },
                        })
                      }
                    >
                      {modes.map((value) => (
                        <option key={value} value={value}>
                          {label("participationMode", value, "en")}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{percent(p.confidence)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <h3 id="release-mentions">Also named in the release ({mentions.length})</h3>
        {mentions.length > 0 ? (
          <ul className="facts" aria-labelledby="release-mentions" data-testid="release-mentions">
            {mentions.map((m) => {
              const id = mentionId(m);
              return (
                <li
                  key={id}
                  className={id === selected ? "selected" : undefined}
                  data-testid="release-mention"
                >
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => select(id)}
                    aria-label={`Show ${m.titleAsStated} in the release`}
                  >
                    {m.titleAsStated}
                  </button>{" "}
                  <span className="hint">
                    {m.reason ? `Left out: ${m.reason}` : "Left out: not read as taking part"}
                  </span>{" "}
                  <button
                    type="button"
                    onClick={() => addMention(m)}
                    aria-label={`Add ${m.nameAsStated} as participant`}
                  >
                    Add as participant
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="hint">Everyone the release names with a title is proposed above.</p>
        )}
        <h3>Outcome documents ({proposal.documents.filter((d) => accepted(`document:${d.key}`)).length})</h3>
        <ul className="facts">
          {proposal.documents.map((d) => {
            const id = `document:${d.key}`;
            return (
              <li key={id} {...rowProps(id)} data-testid="release-document">
                {acceptBox(id, d.title)}
                <input
                  aria-label={`Title of ${d.asStated}`}
                  value={edits.documentTitles[d.key] ?? d.title}
                  onChange={(event) =>
                    update({ documentTitles: { ...edits.documentTitles, [d.key]: event.target.value } })
                  }
                />
                <span className="hint">
                  {d.type} · {d.action}
                  {d.atMeeting ? "" : " · referred to, not adopted here"} · {percent(d.confidence)}
                </span>
              </li>
            );
          })}
        </ul>
        <h3>Tallies, chairmanship, speeches, topics</h3>
        <ul className="facts">
          {proposal.tallies.map((t, i) => (
            <li key={`tally:${i}`} {...rowProps(`tally:${i}`)}>
              {acceptBox(`tally:${i}`, `${t.count} ${t.documentType}`)} {t.count} × {t.documentType}
            </li>
          ))}
          {proposal.chairmanships.map((c, i) => (
            <li key={`chairmanship:${i}`} {...rowProps(`chairmanship:${i}`)}>
              {acceptBox(`chairmanship:${i}`, `chairmanship of ${c.countryLabel}`)} Chairmanship of{" "}
              {c.countryLabel} {c.startDate ?? "?"} → {c.endDate ?? "ongoing"}
              {/* What the saved draft records: the outgoing term ends at this meeting, the incoming one starts here. */}
              {c.endDate === null ? ", starts at this meeting" : ", ends at this meeting"}
              {c.existingId ? " (closes the stored term, which keeps the meeting where it started)" : ""}
              {c.organizationId === null && (
                <div className="row-card">
                  <p className="hint">
                    The body that met is not one Plenary knows: pick the organization whose chairmanship
                    passes, or untick the term.
                  </p>
                  <RecordPicker
                    label={`Organization of the chairmanship of ${c.countryLabel}`}
                    entityType="organization"
                    path={["chairmanships", i, "organizationId"]}
                    value={edits.handoverBodies[i] ?? null}
                    onChange={(id) => update({ handoverBodies: pickHandoverBody(proposal, edits, i, id) })}
                    problems={NO_PROBLEMS}
                    offerCreate={false}
                  />
                </div>
              )}
            </li>
          ))}
          {proposal.speeches.map((s, i) => (
            <li key={`speech:${i}`} {...rowProps(`speech:${i}`)}>
              {acceptBox(`speech:${i}`, `speech ${i + 1}`)} {label("speechKind", s.kind, "en")} by participant{" "}
              {s.speakerOrder}
              {s.text ? `: “${s.text.slice(0, 80)}${s.text.length > 80 ? "…" : ""}”` : " (no text given)"}
            </li>
          ))}
          {proposal.topics.map((t) => (
            <li key={t.topicId}>
              {acceptBox(`topic:${t.topicId}`, t.label)} Topic: {t.label}
            </li>
          ))}
        </ul>
        {create.error && (
          <p role="alert" className="error">
            {create.error.message}
          </p>
        )}
        {bodiesMissing.length > 0 && (
          <p role="status" className="error">
            Pick the organization of the chairmanship of{" "}
            {bodiesMissing.map((term) => term.countryLabel).join(" and ")}, or untick it, to create the draft.
          </p>
        )}
        <button
          type="button"
          disabled={create.isPending || bodiesMissing.length > 0}
          onClick={() => create.mutate({ draft: reviewedDraft(proposal, edits) })}
        >
          {create.isPending ? "Creating…" : "Create draft meeting"}
        </button>{" "}
        <button type="button" className="secondary" onClick={() => (setProposal(null), setEdits(null))}>
          Start over
        </button>
      </section>
    </div>
  );
}
