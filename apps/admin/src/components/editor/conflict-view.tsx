"use client";

import { diffRecords, type EditableMeeting } from "@plenary/domain";
import { useMemo, useState } from "react";
import { humanize } from "./issues";

type Side = "mine" | "theirs";

function preview(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  const text = JSON.stringify(value, null, 1);
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

const BOOKKEEPING = new Set(["id", "version", "status", "deletedAt"]);

/**
 * A stale save is never written. This shows, field by field, what the other editor saved and what this editor
 * changed, side by side; the editor chooses per field and saves the result on top of the other's version. Fields
 * only one side changed keep that side's change, so nothing is lost either way.
 */
export function ConflictView({
  base,
  mine,
  theirs,
  onResolve,
  onCancel,
}: {
  base: EditableMeeting;
  mine: EditableMeeting;
  theirs: EditableMeeting & { version: number };
  onResolve: (merged: EditableMeeting) => void;
  onCancel: () => void;
}) {
  const fields = useMemo(() => {
    const changed = (a: unknown, b: unknown) => diffRecords({ v: a }, { v: b }).length > 0;
    const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)].filter((k) => !BOOKKEEPING.has(k)));
    return [...keys]
      .map((key) => {
        const k = key as keyof EditableMeeting;
        const byMe = changed(base[k], mine[k]);
        const byThem = changed(base[k], theirs[k]);
        return { key: k, byMe, byThem, same: !changed(mine[k], theirs[k]) };
      })
      .filter((f) => (f.byMe || f.byThem) && !f.same);
  }, [base, mine, theirs]);
  const [choice, setChoice] = useState<Record<string, Side>>(() =>
    Object.fromEntries(fields.map((f) => [f.key, f.byMe ? "mine" : "theirs"])),
  );

  const resolve = () => {
    const merged = { ...theirs } as EditableMeeting;
    for (const f of fields) if ((choice[f.key] ?? "mine") === "mine") (merged as Record<string, unknown>)[f.key] = mine[f.key];
    onResolve({ ...merged, version: theirs.version });
  };

  return (
    <section aria-labelledby="conflict-heading" className="conflict" role="region">
      <h2 id="conflict-heading">Someone else saved this meeting while you were editing</h2>
      <p>
        Nothing was overwritten. Their version is now {theirs.version}. For each field both of you touched, choose which to keep;
        fields only one of you changed keep that change. Then save.
      </p>
      {fields.length === 0 ? <p>Your changes do not overlap theirs.</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Theirs (saved)</th>
            <th scope="col">Yours (unsaved)</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.key} data-field={f.key}>
              <th scope="row">
                {humanize(f.key)}
                {f.byMe && f.byThem ? <span className="badge">both changed</span> : null}
              </th>
              <td>
                <label>
                  <input type="radio" name={`choice-${f.key}`} checked={choice[f.key] === "theirs"} onChange={() => setChoice({ ...choice, [f.key]: "theirs" })} />{" "}
                  Keep theirs
                </label>
                <pre>{preview(theirs[f.key])}</pre>
              </td>
              <td>
                <label>
                  <input type="radio" name={`choice-${f.key}`} checked={choice[f.key] === "mine"} onChange={() => setChoice({ ...choice, [f.key]: "mine" })} /> Keep
                  yours
                </label>
                <pre>{preview(mine[f.key])}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={resolve}>
          Use these choices
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Keep editing mine
        </button>
      </div>
    </section>
  );
}
