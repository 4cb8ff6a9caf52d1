"use client";

import { ConflictView } from "./conflict-view";
import { EditorialPanel } from "./editorial-panel";
import { MEETING_SECTIONS } from "./editor-sections";
import { BasicsSection } from "./meeting-sections/basics";
import { ChairmanshipsSection } from "./meeting-sections/chairmanships";
import { DocumentsSection } from "./meeting-sections/documents";
import { ProblemSummary, RecoveryNotice } from "./meeting-sections/notices";
import { ParticipantsSection } from "./meeting-sections/participants";
import type { SectionProps } from "./meeting-sections/shared";
import { SourcesSection } from "./meeting-sections/sources";
import { SpeechesSection } from "./meeting-sections/speeches";
import { MeetingToolbar, PublishDialog, useStatusActions } from "./meeting-sections/status";
import { TalliesSection } from "./meeting-sections/tallies";
import { TopicsSection } from "./meeting-sections/topics";
import { PendingRecordsProvider } from "./pending-records";
import { EditOnly, ReadOnly } from "./read-only";
import { SectionNav } from "./section-nav";
import { useMeetingForm } from "./use-meeting-form";

/**
 * The whole meeting on one screen, saved at once (Cmd/Ctrl+S) from the version it was loaded at. Field errors show
 * at the field and in a summary that links to them; rule warnings show without blocking. Unsaved work is kept in
 * this browser across reloads, leaving asks first, and a colleague's concurrent save opens the conflict view.
 *
 * This component only composes: the state and the save live in `useMeetingForm`, each section of the form in
 * `meeting-sections/`.
 */
export function MeetingEditor({ id, siteUrl = null }: { id: string | null; siteUrl?: string | null }) {
  const meeting = useMeetingForm(id);
  const actions = useStatusActions();
  const { role, canEdit, loaded, base, setBase, form, setForm, set, problems, errors } = meeting;
  const { conflict, setConflict, setMessage, message, doSave, saving } = meeting;

  // Until the role is known the screen would not know whether to show inputs or values.
  if ((id && loaded.status === "pending") || role === null) return <p role="status">Loading the meeting…</p>;
  if (id && loaded.status === "error") return <p role="alert">{loaded.error.message}</p>;

  const section: SectionProps = { form, set, setForm, problems };

  return (
    <div className="meeting-editor">
      <MeetingToolbar meeting={meeting} actions={actions} siteUrl={siteUrl} />
      {message ? (
        <p role="status" className="status-line">
          {message}
        </p>
      ) : null}

      <RecoveryNotice meeting={meeting} />

      <PublishDialog meeting={meeting} actions={actions} />

      {base ? (
        <EditorialPanel
          meetingId={base.id}
          version={base.version}
          canEdit={canEdit}
          dirty={meeting.dirty}
          onChanged={meeting.reload}
        />
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

      <ProblemSummary meeting={meeting} />

      <SectionNav
        sections={MEETING_SECTIONS}
        sizes={{
          participants: form.participations.length,
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
        <PendingRecordsProvider value={meeting.pending}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void doSave();
            }}
            aria-label="Meeting"
          >
            <BasicsSection {...section} />
            <ParticipantsSection {...section} />
            <DocumentsSection {...section} />
            <TalliesSection {...section} />
            <ChairmanshipsSection {...section} />
            <SpeechesSection {...section} />
            <TopicsSection {...section} />
            <SourcesSection {...section} />

            <EditOnly>
              <div className="actions">
                <button type="submit" disabled={saving}>
                  Save meeting
                </button>
              </div>
            </EditOnly>
          </form>
        </PendingRecordsProvider>
      </ReadOnly>
    </div>
  );
}
