"use client";

import { label, localize } from "@plenary/domain";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useCanEdit } from "~/lib/use-can-edit";
import { useTRPC } from "~/trpc/react";
import { MembershipDialog, OccupancyDialog } from "./editor/term-dialogs";

const range = (startDate: string | null, endDate: string | null) =>
  `${startDate ?? "?"} – ${endDate ?? ""}`.trim();

/** Focus goes back to what opened the dialog once it is gone (while it is modal, the page behind it is inert). */
function useReturnFocus(open: boolean, opener: { current: HTMLElement | null }) {
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open, opener]);
}

/** Which dialog is open: a new record, or the one being edited. */
type Editing<T> = { record?: T } | null;

/** What a dialog gets from its section: the record it edits (none to add one), and what to do when it is done. */
interface DialogHandlers<T> {
  record: T | undefined;
  onSaved: () => void;
  onRemoved: () => void;
  onClose: () => void;
}

/**
 * A section listing terms, each with an Edit button, and an add button below; both open the section's dialog, and
 * focus goes back to what opened it (to the add button once a removal took the row away). The section says only its
 * columns, its rows and its dialog.
 */
function TermsSection<Item, T extends { id: string }>({
  id,
  heading,
  noun,
  list,
  empty,
  columns,
  row,
  addLabel,
  dialog,
}: {
  id: string;
  heading: string;
  /** For the messages once a dialog is done ("Post held saved."). */
  noun: string;
  list: { isPending: boolean; error: { message: string } | null; data: Item[] | undefined };
  empty: string;
  columns: string[];
  /** A listed item's record, its cells, and its Edit button's accessible name. */
  row: (item: Item) => { record: T; cells: ReactNode[]; editLabel: string };
  addLabel: string;
  dialog: (handlers: DialogHandlers<T>) => ReactNode;
}) {
  // Viewers read the terms; adding and editing them is for editors (the server refuses it otherwise).
  const canEdit = useCanEdit();
  const [editing, setEditing] = useState<Editing<T>>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const open = (record: T | undefined, target: HTMLElement) => {
    opener.current = target;
    setSaved(null);
    setEditing({ record });
  };
  const close = () => setEditing(null);
  useReturnFocus(editing !== null, opener);
  return (
    <section aria-labelledby={id} className="linked-section">
      <h2 id={id}>{heading}</h2>
      {saved ? <p role="status">{saved}</p> : null}
      {list.isPending ? <p role="status">Loading…</p> : null}
      {list.error ? <p role="alert">{list.error.message}</p> : null}
      {list.data && list.data.length === 0 ? <p className="muted">{empty}</p> : null}
      {list.data?.length ? (
        <table className="linked-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
              {canEdit ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {list.data.map((item) => {
              const { record, cells, editLabel } = row(item);
              return (
                <tr key={record.id}>
                  {cells.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                  {canEdit ? (
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        aria-label={editLabel}
                        onClick={(e) => open(record, e.currentTarget)}
                      >
                        Edit
                      </button>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {canEdit ? (
        <button ref={addButton} type="button" onClick={(e) => open(undefined, e.currentTarget)}>
          {addLabel}
        </button>
      ) : null}
      {editing
        ? dialog({
            record: editing.record,
            onSaved: () => {
              setSaved(editing.record ? `${noun} saved.` : `${noun} added.`);
              close();
            },
            onRemoved: () => {
              setSaved(`${noun} removed.`);
              // The row that opened the dialog is gone: focus goes to the section's add button instead.
              opener.current = addButton.current;
              close();
            },
            onClose: close,
          })
        : null}
    </section>
  );
}

/**
 * The posts a person held, editable: add one (its post can be created on the way), or change a term's post, dates
 * or qualifier, for instance to end it. Each save is a revision of that post held.
 */
export function PostsHeldEditor({ personId }: { personId: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.occupancy.forPerson.queryOptions({ personId }));
  return (
    <TermsSection
      id="edit-posts-held"
      heading="Edit posts held"
      noun="Post held"
      list={list}
      empty="No posts held recorded."
      columns={["Post", "Dates", "Qualifier"]}
      row={({ postLabelI18n, ...occupancy }) => {
        const post = localize(postLabelI18n, "en").text;
        return {
          record: occupancy,
          cells: [
            post,
            range(occupancy.startDate, occupancy.endDate),
            occupancy.qualifier ? label("occupancyQualifier", occupancy.qualifier, "en") : "",
          ],
          editLabel: `Edit ${post} (${range(occupancy.startDate, occupancy.endDate)})`,
        };
      }}
      addLabel="Add a post held…"
      dialog={({ record, ...handlers }) => (
        <OccupancyDialog personId={personId} occupancy={record} {...handlers} />
      )}
    />
  );
}

/** An organization's member countries over time, editable: add a status, or change one (end it, correct its dates). */
export function MembershipsEditor({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.membership.forOrganization.queryOptions({ organizationId }));
  return (
    <TermsSection
      id="edit-memberships"
      heading="Edit memberships"
      noun="Membership"
      list={list}
      empty="No memberships recorded."
      columns={["Country", "Status", "Dates"]}
      row={({ countryNameI18n, ...membership }) => {
        const country = localize(countryNameI18n, "en").text;
        const status = label("membershipStatus", membership.status, "en");
        return {
          record: membership,
          cells: [country, status, range(membership.startDate, membership.endDate)],
          editLabel: `Edit ${country}: ${status} (${range(membership.startDate, membership.endDate)})`,
        };
      }}
      addLabel="Add a membership…"
      dialog={({ record, ...handlers }) => (
        <MembershipDialog organizationId={organizationId} membership={record} {...handlers} />
      )}
    />
  );
}
