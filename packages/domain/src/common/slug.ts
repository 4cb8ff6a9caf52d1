import { z } from "zod";
import type { PartialDate } from "./partial-date";

export const SLUG_MAX_LENGTH = 100;

export const Slug = z
  .string()
  .max(SLUG_MAX_LENGTH, { error: `A slug may be at most ${SLUG_MAX_LENGTH} characters long` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error:
      "A slug may contain only lowercase letters a–z, digits and single hyphens between them, e.g. moscow-declaration-2020-11-10",
  });
export type Slug = z.infer<typeof Slug>;

// Letters that Unicode decomposition does not reduce to ASCII.
const SPECIAL_LATIN: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
  ħ: "h",
  ŋ: "ng",
};

// Russian/Kazakh/Kyrgyz/Tajik/Uzbek Cyrillic, which this domain meets most; a simple readable romanization.
const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  і: "i",
  ї: "yi",
  є: "ye",
  ґ: "g",
  ә: "a",
  ғ: "g",
  қ: "q",
  ң: "n",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  ҳ: "h",
  ӣ: "i",
  ӯ: "u",
  ҷ: "j",
  ў: "o",
};

/**
 * Turns text into a slug: "António Guterres" → "antonio-guterres", "Путин" → "putin".
 * Scripts without a transliteration here (e.g. Chinese) are dropped, so the result may be empty; records take
 * their slug from English, which is always present.
 */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  // Transliterate before decomposing: NFKD would turn "й" into "и" + breve and lose the distinction.
  const ascii = Array.from(text.normalize("NFC").toLowerCase())
    .map((char) => SPECIAL_LATIN[char] ?? CYRILLIC[char] ?? char)
    .join("")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/&/g, " and ")
    // "Xi'an", "organization's": an apostrophe joins a word rather than splitting it.
    .replace(/['’ʼ`]/g, "");
  const slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return truncateAtHyphen(slug, maxLength);
}

function truncateAtHyphen(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, "");
}

function withDate(titleEn: string, date: PartialDate | null | undefined): string {
  if (!date) return slugify(titleEn);
  // Shorten the title, never the date, so slugs of long titles stay distinct by date.
  const title = slugify(titleEn, SLUG_MAX_LENGTH - date.length - 1);
  return title ? `${title}-${date}` : date;
}

/** Rule 8: a meeting's slug comes from its English title and start date. */
export function meetingSlug(titleEn: string, startDate: PartialDate): string {
  return withDate(titleEn, startDate);
}

/** Rule 8: a document's slug comes from its English title and, when known, its date (adoption or meeting date). */
export function documentSlug(titleEn: string, date?: PartialDate | null): string {
  return withDate(titleEn, date);
}

/** Rule 8: other records take their slug from their English name or label. */
export function nameSlug(nameEn: string): string {
  return slugify(nameEn);
}

/** Appends -2, -3, … until the slug is free, for records created with a derived slug. */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${truncateAtHyphen(base, SLUG_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
