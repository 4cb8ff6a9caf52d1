"use client";

import { LOCALES, label as domainLabel, type LabelKind, type LocalizedText } from "@plenary/domain";
import type { ReactNode } from "react";
import { fieldId, humanize, pathKey, type ProblemMap } from "./issues";
import { useReadOnly } from "./read-only";

type Path = (string | number)[];

export function Problems({ problems, path }: { problems: ProblemMap; path: Path }) {
  const found = problems.get(pathKey(path)) ?? [];
  if (!found.length) return null;
  return (
    <>
      {found.map((p, i) => (
        <span
          key={i}
          id={`${fieldId(path)}-problem-${i}`}
          className={p.severity === "error" ? "field-error" : "field-warning"}
          role={p.severity === "error" ? "alert" : undefined}
        >
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

/** A field as text, for read-only screens: its label and the stored value (the id stays, for the summary's links). */
function ReadOnlyValue({
  label,
  path,
  children,
  lang,
  multiline,
}: {
  label: string;
  path: Path;
  children: ReactNode;
  lang?: string;
  multiline?: boolean;
}) {
  const id = fieldId(path);
  return (
    <div className="field read-only">
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <span
        id={id}
        className={multiline ? "value multiline" : "value"}
        lang={lang}
        aria-labelledby={`${id}-label ${id}`}
      >
        {children}
      </span>
    </div>
  );
}

const EMPTY = <span className="muted">—</span>;

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
  const readOnly = useReadOnly();
  const id = fieldId(path);
  const invalid = (problems.get(pathKey(path)) ?? []).some((p) => p.severity === "error");
  if (readOnly) {
    return (
      <ReadOnlyValue label={label} path={path} lang={lang} multiline={multiline}>
        {value || EMPTY}
      </ReadOnlyValue>
    );
  }
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
        <textarea
          {...common}
          rows={6}
          onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)}
        />
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
  labels,
  optionLabel = labels ? (option) => domainLabel(labels, option as never, "en") : humanize,
}: {
  label: string;
  path: Path;
  value: T | null;
  options: readonly T[];
  onChange: (value: T | null) => void;
  problems: ProblemMap;
  allowEmpty?: boolean;
  /** The domain's labels for these values ("igo_official" → "Officials of international organizations"). */
  labels?: LabelKind;
  /** What each option reads as; by default the domain's label, or the value in words. */
  optionLabel?: (option: T) => string;
}) {
  const readOnly = useReadOnly();
  const id = fieldId(path);
  const invalid = (problems.get(pathKey(path)) ?? []).some((p) => p.severity === "error");
  if (readOnly) {
    return (
      <ReadOnlyValue label={label} path={path}>
        {value ? optionLabel(value) : EMPTY}
      </ReadOnlyValue>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ""}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(problems, path)}
        onChange={(e) => onChange((e.target.value || null) as T | null)}
      >
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

export function CheckboxField({
  label,
  path,
  checked,
  onChange,
}: {
  label: string;
  path: Path;
  checked: boolean;
  onChange: (value: boolean) => void;
}) {
  const id = fieldId(path);
  const readOnly = useReadOnly();
  if (readOnly) {
    return (
      <ReadOnlyValue label={label} path={path}>
        {checked ? "Yes" : "No"}
      </ReadOnlyValue>
    );
  }
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
  const readOnly = useReadOnly();
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
            {lang !== "en" && present && !value?.[lang] && !readOnly ? (
              <span className="missing-translation">Translation missing</span>
            ) : null}
          </div>
        ))}
      </div>
      <Problems problems={problems} path={path} />
    </fieldset>
  );
}

export function Section({
  id,
  title,
  children,
  actions,
}: {
  id: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const readOnly = useReadOnly();
  return (
    <section aria-labelledby={id} className="editor-section">
      <div className="section-head">
        <h2 id={id}>{title}</h2>
        {readOnly ? null : actions}
      </div>
      {children}
    </section>
  );
}
