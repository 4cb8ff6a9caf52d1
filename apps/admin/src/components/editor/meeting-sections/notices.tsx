"use client";

import { countNoun } from "@plenary/domain";
import { clearRecovery } from "../local-recovery";
import { fieldId, pathLabel } from "../issues";
import { same, type MeetingForm } from "../use-meeting-form";

/** Offers back unsaved work this browser kept for the meeting, or throws it away. */
export function RecoveryNotice({
  meeting: { id, base, reference, restore, recovered, dismissRecovered },
}: {
  meeting: MeetingForm;
}) {
  if (!recovered || same(recovered.value, reference)) return null;
  return (
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
          restore(recovered.value);
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
  );
}

/** What stops the save (or publishing), each linked to its field, and the warnings the last save gave. */
export function ProblemSummary({
  meeting: { summaryRef, errors, warnings, refused },
}: {
  meeting: MeetingForm;
}) {
  return (
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
  );
}
