import { SpeechKind } from "@plenary/domain";
import { I18nField, Section, SelectField } from "../fields";
import { EditOnly } from "../read-only";
import { RecordPicker } from "../record-picker";
import { move, OrderControls, type SectionProps } from "./shared";

/** Speeches, statements and remarks, in the order they were given. */
export function SpeechesSection({ form, set, setForm, problems }: SectionProps) {
  return (
    <Section
      id="speeches"
      title="Speeches"
      actions={
        <button
          type="button"
          onClick={() =>
            set("speeches", [...form.speeches, { personId: "", kind: "speech", textI18n: null }])
          }
        >
          Add speech
        </button>
      }
    >
      <ol className="rows">
        {form.speeches.map((s, i) => (
          <li key={s.id ?? i} className="row-card">
            <div className="row-head">
              <strong>Speech {i + 1}</strong>
              <OrderControls
                index={i}
                count={form.speeches.length}
                label={`speech ${i + 1}`}
                onMove={(to) => set("speeches", move(form.speeches, i, to))}
              />
              <EditOnly>
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    set(
                      "speeches",
                      form.speeches.filter((_, k) => k !== i),
                    )
                  }
                >
                  Remove speech
                </button>
              </EditOnly>
            </div>
            <div className="grid">
              <RecordPicker
                label="Speaker"
                entityType="person"
                path={["speeches", i, "personId"]}
                value={s.personId}
                onChange={(v) =>
                  setForm((f) => ({
                    ...f,
                    speeches: f.speeches.map((x, k) => (k === i ? { ...x, personId: v ?? "" } : x)),
                  }))
                }
                problems={problems}
                offerCreate
              />
              <SelectField
                label="Kind"
                path={["speeches", i, "kind"]}
                value={s.kind}
                options={SpeechKind.options}
                labels="speechKind"
                onChange={(v) =>
                  set(
                    "speeches",
                    form.speeches.map((x, k) => (k === i ? { ...x, kind: v ?? "speech" } : x)),
                  )
                }
                problems={problems}
              />
            </div>
            <I18nField
              label="Text"
              optional
              multiline
              path={["speeches", i, "textI18n"]}
              value={s.textI18n}
              onChange={(v) =>
                set(
                  "speeches",
                  form.speeches.map((x, k) => (k === i ? { ...x, textI18n: v } : x)),
                )
              }
              problems={problems}
            />
          </li>
        ))}
      </ol>
    </Section>
  );
}
