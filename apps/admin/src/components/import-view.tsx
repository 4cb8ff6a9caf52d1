"use client";

import { MeetingExport, countNoun } from "@plenary/domain";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

type Outcome = {
  status: string;
  meetingId: string;
  version: number;
  changes: { path: (string | number)[]; before: unknown; after: unknown }[];
  created: Record<string, number>;
};

/**
 * Import of a meeting exported as JSON. The whole file is validated first and written all or nothing; a meeting that
 * already exists shows its differences and is changed only when the editor confirms.
 */
export function ImportView() {
  const trpc = useTRPC();
  const importMeeting = useMutation(trpc.transfer.importMeeting.mutationOptions());
  const [data, setData] = useState<MeetingExport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const read = async (file: File) => {
    setOutcome(null);
    setProblem(null);
    try {
      const parsed = MeetingExport.safeParse(JSON.parse(await file.text()));
      if (!parsed.success) {
        setProblem(
          parsed.error.issues
            .slice(0, 10)
            .map((i) => `${i.path.join(".")}: ${i.message}`)
            .join("; "),
        );
        return;
      }
      setData(parsed.data);
    } catch (error) {
      setProblem(`Not a JSON file: ${(error as Error).message}`);
    }
  };

  const run = async (confirm: boolean) => {
    if (!data) return;
    try {
      setOutcome(
        (await importMeeting.mutateAsync({
          data,
          confirm,
          expectedVersion: confirm ? outcome?.version : undefined,
        })) as Outcome,
      );
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <div>
      <div className="field">
        <label htmlFor="import-file">Meeting export (JSON)</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => e.target.files?.[0] && void read(e.target.files[0])}
        />
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
      {data && !outcome ? (
        <button type="button" onClick={() => void run(false)}>
          Check and import “{data.meeting.titleI18n.en}”
        </button>
      ) : null}
      {outcome?.status === "needs_confirmation" ? (
        <section aria-labelledby="import-diff">
          <h2 id="import-diff">
            This meeting exists:{" "}
            {countNoun(outcome.changes.length, { one: "difference", other: "differences" })}
          </h2>
          <table className="diff">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Stored</th>
                <th scope="col">In the file</th>
              </tr>
            </thead>
            <tbody>
              {outcome.changes.map((c) => (
                <tr key={c.path.join(".")}>
                  <th scope="row">{c.path.join(" › ")}</th>
                  <td>{JSON.stringify(c.before) ?? "(absent)"}</td>
                  <td>{JSON.stringify(c.after) ?? "(absent)"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => void run(true)}>
            Apply these changes as a new revision
          </button>
        </section>
      ) : null}
      {outcome && outcome.status !== "needs_confirmation" ? (
        <p role="status">
          {outcome.status === "unchanged"
            ? "Nothing to change: the stored meeting matches the file."
            : `Meeting ${outcome.status}.`}{" "}
          <Link href={`/meetings/edit/${outcome.meetingId}`}>Open it</Link>
        </p>
      ) : null}
    </div>
  );
}
