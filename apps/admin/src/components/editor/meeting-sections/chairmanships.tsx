import { HandoverEnd } from "@plenary/domain";
import { Section, SelectField, TextField } from "../fields";
import { EditOnly } from "../read-only";
import { RecordPicker } from "../record-picker";
import type { SectionProps } from "./shared";

/** Chairmanship terms that end or start at this meeting. */
export function ChairmanshipsSection({ form, set, problems }: SectionProps) {
  return (
    <Section
      id="chairmanships"
      title="Chairmanship handover"
      actions={
        <button
          type="button"
          onClick={() =>
            set("chairmanships", [
              ...form.chairmanships,
              {
                at: "start",
                organizationId: form.bodyId ?? "",
                countryId: "",
                startDate: form.startDate ?? "",
                endDate: null,
                themeI18n: null,
              },
            ])
          }
        >
          Add chairmanship
        </button>
      }
    >
      <p className="muted">
        Terms that end or start at this meeting: the ending one has end date = the meeting&apos;s date, the
        next one starts then. A term keeps the meeting at its other end: recording here that a term ends does
        not take it off the meeting where it started.
      </p>
      {form.chairmanships.map((c, i) => (
        <div key={c.id ?? i} className="row-card">
          <div className="grid">
            <SelectField
              label="At this meeting the term"
              path={["chairmanships", i, "at"]}
              value={c.at ?? null}
              options={HandoverEnd.options}
              optionLabel={(at) => (at === "start" ? "starts" : "ends")}
              onChange={(v) =>
                set(
                  "chairmanships",
                  form.chairmanships.map((x, k) => (k === i ? { ...x, at: v ?? "start" } : x)),
                )
              }
              problems={problems}
            />
            <RecordPicker
              label="Organization"
              entityType="organization"
              path={["chairmanships", i, "organizationId"]}
              value={c.organizationId}
              onChange={(v) =>
                set(
                  "chairmanships",
                  form.chairmanships.map((x, k) => (k === i ? { ...x, organizationId: v ?? "" } : x)),
                )
              }
              problems={problems}
              offerCreate
            />
            <RecordPicker
              label="Country"
              entityType="country"
              path={["chairmanships", i, "countryId"]}
              value={c.countryId}
              onChange={(v) =>
                set(
                  "chairmanships",
                  form.chairmanships.map((x, k) => (k === i ? { ...x, countryId: v ?? "" } : x)),
                )
              }
              problems={problems}
              offerCreate
            />
            <TextField
              label="Start"
              path={["chairmanships", i, "startDate"]}
              value={c.startDate}
              onChange={(v) =>
                set(
                  "chairmanships",
                  form.chairmanships.map((x, k) => (k === i ? { ...x, startDate: v ?? "" } : x)),
                )
              }
              problems={problems}
            />
            <TextField
              label="End"
              path={["chairmanships", i, "endDate"]}
              value={c.endDate}
              onChange={(v) =>
                set(
                  "chairmanships",
                  form.chairmanships.map((x, k) => (k === i ? { ...x, endDate: v } : x)),
                )
              }
              problems={problems}
            />
          </div>
          <EditOnly>
            <button
              type="button"
              className="danger"
              onClick={() =>
                set(
                  "chairmanships",
                  form.chairmanships.filter((_, k) => k !== i),
                )
              }
            >
              Remove chairmanship
            </button>
          </EditOnly>
        </div>
      ))}
    </Section>
  );
}
