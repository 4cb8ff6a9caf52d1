import { Section } from "../fields";
import { SourceCard } from "../source-card";
import type { SectionProps } from "./shared";

/** Where the record comes from. */
export function SourcesSection({ form, set, setForm, problems }: SectionProps) {
  return (
    <Section
      id="sources"
      title="Sources"
      actions={
        <button type="button" onClick={() => set("sources", [...form.sources, {}])}>
          Add source
        </button>
      }
    >
      <ol className="rows">
        {form.sources.map((s, i) => (
          <SourceCard
            key={i}
            source={s}
            index={i}
            problems={problems}
            onChange={(source) =>
              setForm((f) => ({ ...f, sources: f.sources.map((x, k) => (k === i ? source : x)) }))
            }
            onRemove={() => setForm((f) => ({ ...f, sources: f.sources.filter((_, k) => k !== i) }))}
          />
        ))}
      </ol>
    </Section>
  );
}
