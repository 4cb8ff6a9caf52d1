"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { countNoun, HistoryEntityType, label } from "@plenary/domain";
import { writeLabel } from "./write-label";

const TYPES = HistoryEntityType.options;

/** Who made a write: a user, or the tool that made it without one. */
function authorOf(r: { author: { name: string } | null; via: string | null }): string {
  if (r.author) return r.author.name;
  return r.via === "cli" ? "Command line (pnpm admin:create-user)" : "system";
}

/** The audit log (admins): every write, filterable by who, kind of record and dates. */
export function AuditView() {
  const trpc = useTRPC();
  const [entityType, setEntityType] = useState<(typeof TYPES)[number] | "">("");
  const [authorId, setAuthorId] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [page, setPage] = useState(0);
  const log = useQuery(
    trpc.audit.list.queryOptions({
      entityType: entityType || undefined,
      authorId: authorId || undefined,
      from: from ? new Date(from) : undefined,
      to: to ? new Date(`${to}T23:59:59.999Z`) : undefined,
      limit: 50,
      offset: page * 50,
    }),
  );
  const authors = new Map(
    (log.data?.items ?? []).flatMap((r) => (r.author ? [[r.author.id, r.author.name] as const] : [])),
  );
  return (
    <div>
      <div className="filters">
        <div className="field">
          <label htmlFor="audit-type">Kind of record</label>
          <select
            id="audit-type"
            value={entityType}
            onChange={(e) => (setEntityType(e.target.value as typeof entityType), setPage(0))}
          >
            <option value="">Any</option>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {label("revisionEntityType", t, "en")}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-author">User</label>
          <select
            id="audit-author"
            value={authorId}
            onChange={(e) => (setAuthorId(e.target.value), setPage(0))}
          >
            <option value="">Anyone</option>
            {[...authors].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">From</label>
          <input
            id="audit-from"
            type="date"
            value={from}
            onChange={(e) => (setFrom(e.target.value), setPage(0))}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-to">To</label>
          <input id="audit-to" type="date" value={to} onChange={(e) => (setTo(e.target.value), setPage(0))} />
        </div>
      </div>
      {log.status === "error" ? <p role="alert">{log.error.message}</p> : null}
      <table>
        <caption>{countNoun(log.data?.total ?? 0, { one: "write", other: "writes" })}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Record</th>
            <th scope="col">Version</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {(log.data?.items ?? []).map((r) => (
            <tr key={r.id}>
              <td>{new Date(r.at).toLocaleString()}</td>
              <td>{authorOf(r)}</td>
              <td>
                {writeLabel(r.entityType, r)}
                {r.detail ? <span className="secondary">{r.detail}</span> : null}
                {r.note ? <span className="secondary">“{r.note}”</span> : null}
                {r.via === "schedule" ? <span className="secondary">on schedule</span> : null}
              </td>
              <th scope="row">
                <Link href={`/history/${r.entityType}/${r.entityId}`}>
                  {label("revisionEntityType", r.entityType, "en")}: {r.label || r.entityId}
                </Link>
              </th>
              <td className="number">{r.version}</td>
              <td className="number">{r.changeCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages" className="pager">
        <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
          Previous page
        </button>
        <button
          type="button"
          disabled={(page + 1) * 50 >= (log.data?.total ?? 0)}
          onClick={() => setPage(page + 1)}
        >
          Next page
        </button>
      </nav>
    </div>
  );
}
