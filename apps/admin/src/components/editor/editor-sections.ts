import type { FieldProblem } from "./issues";

export interface EditorSection {
  /** The id of the section's heading, which the link jumps to. */
  id: string;
  title: string;
  /** The record's top-level fields the section edits: their problems count against it. */
  fields: readonly string[];
}

/** The meeting editor's sections, in page order; problems of any other field count against the first. */
export const MEETING_SECTIONS: readonly EditorSection[] = [
  { id: "general", title: "Meeting", fields: [] },
  { id: "participants", title: "Participants", fields: ["participations"] },
  { id: "documents", title: "Documents", fields: ["documents"] },
  { id: "tallies", title: "Outcome tallies", fields: ["tallies"] },
  { id: "chairmanships", title: "Chairmanship handover", fields: ["chairmanships"] },
  { id: "speeches", title: "Speeches", fields: ["speeches"] },
  { id: "topics", title: "Topics", fields: ["topicIds"] },
  { id: "sources", title: "Sources", fields: ["sources"] },
];

/** How many of the problems belong to each section, by section id. */
export function problemsPerSection(
  sections: readonly EditorSection[],
  problems: readonly FieldProblem[],
): Map<string, number> {
  const counts = new Map(sections.map((s) => [s.id, 0]));
  for (const problem of problems) {
    const top = String(problem.path[0] ?? "");
    const section = sections.find((s) => s.fields.includes(top)) ?? sections[0]!;
    counts.set(section.id, (counts.get(section.id) ?? 0) + 1);
  }
  return counts;
}
