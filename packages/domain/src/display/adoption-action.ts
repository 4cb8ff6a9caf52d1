import type { Locale } from "../common/localized-text";
import type { AdoptionAction, DocumentType } from "../entities/document";
import { label } from "./labels";

/** A noun's grammatical gender, as ICU messages select on it (`{gender, select, feminine {…} neuter {…} other {…}}`). */
export type GrammaticalGender = "masculine" | "feminine" | "neuter";
type Gender = "m" | "f" | "n";

/**
 * The grammatical gender of each document type's Russian noun (декларация f, решение n, договор m): the one place
 * that says it, for every word that agrees with a document (what was done with it, each step in its life).
 */
const RUSSIAN_GENDER: Readonly<Record<DocumentType, Gender>> = {
  declaration: "f",
  statement: "n",
  decision: "n",
  communique: "n",
  agreement: "n",
  treaty: "m",
  protocol: "m",
  memorandum: "m",
  strategy: "f",
  action_plan: "m",
  programme: "f",
  concept: "f",
  plan: "m",
  roadmap: "f",
  report: "m",
  message: "n",
  other: "m",
};

const GENDER_NAMES: Readonly<Record<Gender, GrammaticalGender>> = {
  m: "masculine",
  f: "feminine",
  n: "neuter",
};

/** The grammatical gender of a document type's noun in Russian ("feminine" for a declaration). */
export function documentTypeGender(documentType: DocumentType): GrammaticalGender {
  return GENDER_NAMES[RUSSIAN_GENDER[documentType]];
}

/**
 * Russian past participles agree with the noun: Принят (договор), Принята (декларация), Принято (решение). Only for
 * the deprecated adoptionActionLabel: Plenary's site has these words in its ICU messages (AdoptionAction).
 */
const RUSSIAN_ACTION: Readonly<Record<AdoptionAction, Record<Gender, string>>> = {
  adopted: { m: "Принят", f: "Принята", n: "Принято" },
  approved: { m: "Утверждён", f: "Утверждена", n: "Утверждено" },
  signed: { m: "Подписан", f: "Подписана", n: "Подписано" },
  noted: { m: "Принят к сведению", f: "Принята к сведению", n: "Принято к сведению" },
  prepared: { m: "Подготовлен", f: "Подготовлена", n: "Подготовлено" },
};

/**
 * What the meeting did with a document, agreeing with the document's type: "Московская декларация — Принята",
 * "Решение — Принято". English and Chinese do not inflect, so they read the plain label.
 *
 * @deprecated The words that agree with a document belong in the messages of the site that shows them, as an ICU
 * `select` on the gender {@link documentTypeGender} gives (`{gender, select, feminine {Принята} neuter {Принято}
 * other {Принят}}`), beside the site's other words; Plenary's public site reads them from its messages and no longer
 * calls this. For the plain label, use `label("adoptionAction", action, locale)`. To be removed in a later version.
 */
export function adoptionActionLabel(
  action: AdoptionAction,
  documentType: DocumentType,
  locale: Locale,
): string {
  if (locale !== "ru") return label("adoptionAction", action, locale);
  return RUSSIAN_ACTION[action][RUSSIAN_GENDER[documentType]];
}
