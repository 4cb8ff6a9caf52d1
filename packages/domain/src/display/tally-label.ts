import type { Locale } from "../common/localized-text";
import type { DocumentType } from "../entities/document";
import { DOCUMENT_TYPE_NOUNS } from "./labels";

type RussianPlural = "one" | "few" | "many";

/** CLDR's Russian cardinal rule for whole numbers; written out so the result does not depend on ICU data. */
function russianPlural(n: number): RussianPlural {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return "one";
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return "few";
  return "many";
}

/** "1 decision", "9 decisions", "2 решения", "9 решений", "9份决议". */
export function countDocuments(documentType: DocumentType, count: number, locale: Locale): string {
  const noun = DOCUMENT_TYPE_NOUNS[documentType];
  switch (locale) {
    case "en":
      return `${count} ${count === 1 ? noun.en.one : noun.en.other}`;
    case "ru":
      return `${count} ${noun.ru[russianPlural(count)]}`;
    case "zh":
      return `${count}份${noun.zh}`;
  }
}

/**
 * How an OutcomeTally reads on a meeting page: "9 decisions (3 listed)" when the source counts more documents
 * than it names, "6 statements" when every one is listed.
 */
export function tallyLabel(
  documentType: DocumentType,
  count: number,
  listed: number,
  locale: Locale,
): string {
  const total = countDocuments(documentType, count, locale);
  if (listed >= count) return total;
  switch (locale) {
    case "en":
      return `${total} (${listed === 0 ? "none" : listed} listed)`;
    case "ru":
      return `${total} (в списке ${listed === 0 ? "нет" : listed})`;
    case "zh":
      return listed === 0 ? `${total}（均未列出）` : `${total}（列出${listed}份）`;
  }
}
