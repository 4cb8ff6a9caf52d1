import { DocumentType } from "@plenary/domain";
import { Section, SelectField, TextField } from "../fields";
import { EditOnly } from "../read-only";
import type { SectionProps } from "./shared";

/** How many documents of each type the meeting produced, as its sources count them. */
export function TalliesSection({ form, set, problems }: SectionProps) {
  return (
    <Section
      id="tallies"
      title="Outcome tallies"
      actions={
        <button
          type="button"
          onClick={() =>
            set("tallies", [...form.tallies, { documentType: "decision", count: 0, noteI18n: null }])
          }
        >
          Add tally
        </button>
      }
    >
      {form.tallies.map((t, i) => (
        <div key={i} className="inline-row">
          <SelectField
            label="Document type"
            path={["tallies", i, "documentType"]}
            value={t.documentType}
            options={DocumentType.options}
            labels="documentType"
            onChange={(v) =>
              set(
                "tallies",
                form.tallies.map((x, k) => (k === i ? { ...x, documentType: v ?? "decision" } : x)),
              )
            }
            problems={problems}
          />
          <TextField
            label="Count"
            path={["tallies", i, "count"]}
            value={String(t.count)}
            onChange={(v) =>
              set(
                "tallies",
                form.tallies.map((x, k) => (k === i ? { ...x, count: Number(v ?? 0) } : x)),
              )
            }
            problems={problems}
          />
          <EditOnly>
            <button
              type="button"
              className="danger"
              onClick={() =>
                set(
                  "tallies",
                  form.tallies.filter((_, k) => k !== i),
                )
              }
            >
              Remove tally
            </button>
          </EditOnly>
        </div>
      ))}
    </Section>
  );
}
