"use client";

import { label, localize, type Occupancy, type OrgMembership } from "@plenary/domain";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { MembershipDialog, OccupancyDialog } from "./editor/term-dialogs";

const range = (startDate: string | null, endDate: string | null) => `${startDate ?? "?"} – ${endDate ?? ""}`.trim();

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

/**
 * The posts a person held, editable: add one (its post can be created on the way), or change a term's post, dates
 * or qualifier, for instance to end it. Each save is a revision of that post held.
 */
export function PostsHeldEditor({ personId }: { personId: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.occupancy.forPerson.queryOptions({ personId }));
  const [editing, setEditing] = useState<Editing<Occupancy>>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const open = (record: Occupancy | undefined, target: HTMLElement) => {
    opener.current = target;
    setSaved(null);
    setEditing({ record });
  };
  const close = () => setEditing(null);
  useReturnFocus(editing !== null, opener);
  return (
    <section aria-labelledby="edit-posts-held" className="linked-section">
      <h2 id="edit-posts-held">Edit posts held</h2>
      {saved ? <p role="status">{saved}</p> : null}
      {list.isPending ? <p role="status">Loading…</p> : null}
      {list.error ? <p role="alert">{list.error.message}</p> : null}
      {list.data && list.data.length === 0 ? <p className="muted">No posts held recorded.</p> : null}
      {list.data?.length ? (
        <table className="linked-table">
          <thead>
            <tr>
              <th scope="col">Post</th>
              <th scope="col">Dates</th>
              <th scope="col">Qualifier</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map(({ postLabelI18n, ...occupancy }) => {
              const post = localize(postLabelI18n, "en").text;
              return (
                <tr key={occupancy.id}>
                  <td>{post}</td>
                  <td>{range(occupancy.startDate, occupancy.endDate)}</td>
                  <td>{occupancy.qualifier ? label("occupancyQualifier", occupancy.qualifier, "en") : ""}</td>
                  <td>
                    <button type="button" className="link-button" aria-label={`Edit ${post} (${range(occupancy.startDate, occupancy.endDate)})`} onClick={(e) => open(occupancy, e.currentTarget)}>
                      Edit
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <button ref={addButton} type="button" onClick={(e) => open(undefined, e.currentTarget)}>
        Add a post held…
      </button>
      {editing ? (
        <OccupancyDialog
          personId={personId}
          occupancy={editing.record}
          onSaved={() => {
            setSaved(editing.record ? "Post held saved." : "Post held added.");
            close();
          }}
          onRemoved={() => {
            setSaved("Post held removed.");
            // The row that opened the dialog is gone: focus goes to the section's add button instead.
            opener.current = addButton.current;
            close();
          }}
          onClose={close}
        />
      ) : null}
    </section>
  );
}

/** An organization's member countries over time, editable: add a status, or change one (end it, correct its dates). */
export function MembershipsEditor({ organizationId }: { organizationId: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.membership.forOrganization.queryOptions({ organizationId }));
  const [editing, setEditing] = useState<Editing<OrgMembership>>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const open = (record: OrgMembership | undefined, target: HTMLElement) => {
    opener.current = target;
    setSaved(null);
    setEditing({ record });
  };
  const close = () => setEditing(null);
  useReturnFocus(editing !== null, opener);
  return (
    <section aria-labelledby="edit-memberships" className="linked-section">
      <h2 id="edit-memberships">Edit memberships</h2>
      {saved ? <p role="status">{saved}</p> : null}
      {list.isPending ? <p role="status">Loading…</p> : null}
      {list.error ? <p role="alert">{list.error.message}</p> : null}
      {list.data && list.data.length === 0 ? <p className="muted">No memberships recorded.</p> : null}
      {list.data?.length ? (
        <table className="linked-table">
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Status</th>
              <th scope="col">Dates</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map(({ countryNameI18n, ...membership }) => {
              const country = localize(countryNameI18n, "en").text;
              const status = label("membershipStatus", membership.status, "en");
              return (
                <tr key={membership.id}>
                  <td>{country}</td>
                  <td>{status}</td>
                  <td>{range(membership.startDate, membership.endDate)}</td>
                  <td>
                    <button type="button" className="link-button" aria-label={`Edit ${country}: ${status} (${range(membership.startDate, membership.endDate)})`} onClick={(e) => open(membership, e.currentTarget)}>
                      Edit
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <button ref={addButton} type="button" onClick={(e) => open(undefined, e.currentTarget)}>
        Add a membership…
      </button>
      {editing ? (
        <MembershipDialog
          organizationId={organizationId}
          membership={editing.record}
          onSaved={() => {
            setSaved(editing.record ? "Membership saved." : "Membership added.");
            close();
          }}
          onRemoved={() => {
            setSaved("Membership removed.");
            // The row that opened the dialog is gone: focus goes to the section's add button instead.
            opener.current = addButton.current;
            close();
          }}
          onClose={close}
        />
      ) : null}
    </section>
  );
}
