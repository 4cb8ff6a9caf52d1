"use client";

import { LOCALES, type LocalizedText } from "@plenary/domain";
import type { ReactNode } from "react";
import { fieldId, humanize, pathKey, type ProblemMap } from "./issues";

type Path = (string | number)[];

export function Problems({ problems, path }: { problems: ProblemMap; path: Path }) {
  const found = problems.get(pathKey(path)) ?? [];
  if (!found.length) return null;
  return (
    <>
      {found.map((p, i) => (
        <span key={i} id={`${fieldId(path)}-problem-${i}`} className={p.severity === "error" ? "field-error" : "field-warning"} role={p.severity === "error" ? "alert" : undefined}>
          {p.severity === "warning" ? "Warning: " : ""}
          {p.message}
        </span>
      ))}
    </>
  );
}

/** The ids of the problems shown under a field, for its aria-describedby. */
export function describedBy(problems: ProblemMap, path: Path) {
  const found = problems.get(pathKey(path)) ?? [];
  return found.length ? found.map((_, i) => `${fieldId(path)}-problem-${i}`).join(" ") : undefined;
}

export function TextField({
  label,
  path,
  value,
  onChange,
  problems,
  placeholder,
  multiline,
  lang,
}: {
  label: string;
  path: Path;
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  problems: ProblemMap;
  placeholder?: string;
  multiline?: boolean;
  lang?: string;
}) {
  const id = fieldId(path);
  const invalid = (problems.get(pathKey(path)) ?? []).some((p) => p.severity === "error");
  const common = {
    id,
    value: value ?? "",
    placeholder,
    lang,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy(problems, path),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)} />
      )}
      <Problems problems={problems} path={path} />
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  path,
  value,
  options,
  onChange,
  problems,
  allowEmpty,
  optionLabel = humanize,
}: {
  label: string;
  path: Path;
  value: T | null;
  options: readonly T[];
  onChange: (value: T | null) => void;
  problems: ProblemMap;
  allowEmpty?: boolean;
  /** What each option reads as; by default the value in words ("head_of_state" → "Head of state"). */
  optionLabel?: (option: T) => string;
}) {
  const id = fieldId(path);
  const invalid = (problems.get(pathKey(path)) ?? []).some((p) => p.severity === "error");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} aria-invalid={invalid || undefined} aria-describedby={describedBy(problems, path)} onChange={(e) => onChange((e.target.value || null) as T | null)}>
        {allowEmpty || value === null ? <option value="">—</option> : null}
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
      <Problems problems={problems} path={path} />
    </div>
  );
}

export function CheckboxField({ label, path, checked, onChange }: { label: string; path: Path; checked: boolean; onChange: (value: boolean) => void }) {
  const id = fieldId(path);
  return (
    <div className="field checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

const LANGUAGE_NAMES = { en: "English", ru: "Russian", zh: "Chinese" } as const;

/**
 * The three languages side by side. English is required; a missing Russian or Chinese translation is flagged, not
 * refused, since readers fall back to English visibly.
 */
export function I18nField({
  label,
  path,
  value,
  onChange,
  problems,
  multiline,
  optional,
}: {
  label: string;
  path: Path;
  value: LocalizedText | null | undefined;
  onChange: (value: LocalizedText | null) => void;
  problems: ProblemMap;
  multiline?: boolean;
  /** The whole text may be absent (a summary); an empty English then clears it. */
  optional?: boolean;
}) {
  const set = (lang: (typeof LOCALES)[number], text: string | null) => {
    const next: Record<string, string | undefined> = { ...(value ?? { en: "" }), [lang]: text ?? undefined };
    if (lang !== "en" && !text) delete next[lang];
    if (optional && !next.en && !next.ru && !next.zh) return onChange(null);
    onChange({ ...next, en: next.en ?? "" } as LocalizedText);
  };
  const present = !!value?.en;
  return (
    <fieldset className="i18n">
      <legend>{label}</legend>
      <div className="i18n-row">
        {LOCALES.map((lang) => (
          <div key={lang} className="i18n-cell">
            <TextField
              label={`${LANGUAGE_NAMES[lang]}${lang === "en" && !optional ? " (required)" : ""}`}
              path={[...path, lang]}
              value={value?.[lang] ?? ""}
              onChange={(text) => set(lang, text)}
              problems={problems}
              multiline={multiline}
              lang={lang}
            />
            {lang !== "en" && present && !value?.[lang] ? <span className="missing-translation">Translation missing</span> : null}
          </div>
        ))}
      </div>
      <Problems problems={problems} path={path} />
    </fieldset>
  );
}

export function Section({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="editor-section">
      <div className="section-head">
        <h2 id={id}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
