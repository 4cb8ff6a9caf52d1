import { Section } from "../fields";
import { EditOnly } from "../read-only";
import { RecordPicker, useLabel } from "../record-picker";
import type { SectionProps } from "./shared";

/** The topics the meeting is filed under. */
export function TopicsSection({ form, set, setForm, problems }: SectionProps) {
  return (
    <Section id="topics" title="Topics">
      <ul>
        {form.topicIds.map((topicId, i) => (
          <TopicItem
            key={topicId}
            id={topicId}
            onRemove={() =>
              set(
                "topicIds",
                form.topicIds.filter((_, k) => k !== i),
              )
            }
          />
        ))}
      </ul>
      <EditOnly>
        <RecordPicker
          label="Add a topic"
          entityType="topic"
          path={["topicIds", form.topicIds.length]}
          value={null}
          onChange={(v) =>
            v && setForm((f) => (f.topicIds.includes(v) ? f : { ...f, topicIds: [...f.topicIds, v] }))
          }
          problems={problems}
          offerCreate
        />
      </EditOnly>
    </Section>
  );
}

function TopicItem({ id, onRemove }: { id: string; onRemove: () => void }) {
  const name = useLabel("topic", id) ?? id;
  return (
    <li>
      {name}{" "}
      <EditOnly>
        <button type="button" className="link-button" onClick={onRemove} aria-label={`Remove topic ${name}`}>
          Remove
        </button>
      </EditOnly>
    </li>
  );
}
