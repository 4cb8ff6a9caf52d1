"use client";

import { countNoun, localize } from "@plenary/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { ExportButton } from "../export-button";
import { PreviewLink } from "../preview-link";
import type { MeetingForm } from "../use-meeting-form";

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

interface PublishNames {
  id: string;
  version: number;
  documents: { id: string; title: string }[];
}

/** Publishing, unpublishing and moving to the trash: the mutations, and the draft documents publishing names. */
export function useStatusActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [publishNames, setPublishNames] = useState<PublishNames | null>(null);
  const preview = useMutation({
    mutationFn: (meetingId: string) =>
      queryClient.fetchQuery({ ...trpc.publishing.preview.queryOptions({ id: meetingId }), staleTime: 0 }),
  });
  const publish = useMutation(trpc.publishing.publishMeeting.mutationOptions());
  const unpublish = useMutation(trpc.publishing.unpublishMeeting.mutationOptions());
  const moveToTrash = useMutation(trpc.trash.move.mutationOptions());
  return { router, publishNames, setPublishNames, preview, publish, unpublish, moveToTrash };
}

export type StatusActions = ReturnType<typeof useStatusActions>;

/** Save, the draft's state, and what can be done with the stored meeting (publish, preview, history, export, trash). */
export function MeetingToolbar({
  meeting: { canEdit, saving, doSave, dirty, base, afterStatusChange, setMessage },
  actions: { router, setPublishNames, preview, unpublish, moveToTrash },
  siteUrl,
}: {
  meeting: MeetingForm;
  actions: StatusActions;
  siteUrl: string | null;
}) {
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Meeting actions">
      {canEdit ? (
        <button
          type="button"
          onClick={() => void doSave()}
          disabled={saving}
          aria-keyshortcuts="Control+S Meta+S"
        >
          {saving ? "Saving…" : "Save"}
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
  );
}

/** Asks before publishing, naming the draft documents that publishing the meeting publishes with it. */
export function PublishDialog({
  meeting: { afterStatusChange, publishRefused },
  actions: { publishNames, setPublishNames, publish },
}: {
  meeting: MeetingForm;
  actions: StatusActions;
}) {
  if (!publishNames) return null;
  return (
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
              publishRefused(error);
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
  );
}
