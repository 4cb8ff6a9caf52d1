"use client";

import type { Source } from "@plenary/domain";
import { TextField } from "./fields";
import type { ProblemMap } from "./issues";
import { EditOnly } from "./read-only";

type SourceField = keyof Source;

/**
 * One of a meeting's sources as a researcher cites it: where it is, who published it and when, its language, and
 * its text as archived with the record (an imported release is; a web page can be pasted in) with the archiving date.
 */
export function SourceCard({
  source,
  index,
  problems,
  onChange,
  onRemove,
}: {
  source: Source;
  index: number;
  problems: ProblemMap;
  onChange: (source: Source) => void;
  onRemove: () => void;
}) {
  const path = ["sources", index] as const;
  const field = (
    name: SourceField,
    label: string,
    extra: { placeholder?: string; multiline?: boolean } = {},
  ) => (
    <TextField
      label={label}
      path={[...path, name]}
      value={source[name] ?? null}
      onChange={(value) => {
        const { [name]: _old, ...rest } = source;
        onChange((value === null ? rest : { ...rest, [name]: value }) as Source);
      }}
      problems={problems}
      lang={name === "text" ? source.language : undefined}
      {...extra}
    />
  );
  return (
    <li className="row-card" data-testid="source-card">
      <div className="row-head">
        <strong>Source {index + 1}</strong>
        <EditOnly>
          <button type="button" className="danger" onClick={onRemove}>
            Remove source
          </button>
        </EditOnly>
      </div>
      <div className="grid">
        {field("url", "URL", { placeholder: "https://…" })}
        {field("title", "Title")}
        {field("publisher", "Publisher", { placeholder: "Agency, ministry or newspaper" })}
        {field("publishedAt", "Publication date", { placeholder: "2020-11-12 or 2020-11-12T10:58" })}
        {field("language", "Language", { placeholder: "en, ru, zh-Hans" })}
        {field("retrievedAt", "Retrieved", { placeholder: "2020-11-13" })}
      </div>
      {field("note", "Note")}
      {field("text", "Archived text", { multiline: true })}
      <div className="grid">{field("archivedAt", "Archived at", { placeholder: "2020-11-13T09:00Z" })}</div>
    </li>
  );
}
