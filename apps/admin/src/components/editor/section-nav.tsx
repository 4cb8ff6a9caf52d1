import { countNoun } from "@plenary/domain";
import { problemsPerSection, type EditorSection } from "./editor-sections";
import type { FieldProblem } from "./issues";

const PROBLEM = { one: "problem", other: "problems" };

/** Jump links to each section of a long form, with the number of rows and of problems that stop the save. */
export function SectionNav({
  sections,
  sizes,
  errors,
}: {
  sections: readonly EditorSection[];
  sizes: Partial<Record<string, number>>;
  errors: readonly FieldProblem[];
}) {
  const counts = problemsPerSection(sections, errors);
  return (
    <nav aria-label="Sections of the meeting" className="section-nav">
      <ul>
        {sections.map((section) => {
          const problems = counts.get(section.id) ?? 0;
          const size = sizes[section.id];
          return (
            <li key={section.id}>
              <a href={`#${section.id}`}>
                {section.title}
                {size !== undefined ? <span className="muted"> ({size})</span> : null}
                {problems ? <span className="problem-count">{countNoun(problems, PROBLEM)}</span> : null}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
