import { describe, expect, it } from "vitest";
import { documentSlug, meetingSlug, nameSlug, Slug, SLUG_MAX_LENGTH, slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it.each([
    ["António Guterres", "antonio-guterres"],
    ["Kassym-Jomart Tokayev", "kassym-jomart-tokayev"],
    ["Shavkat Mirziyoyev", "shavkat-mirziyoyev"],
    ["Khaltmaagiin Battulga", "khaltmaagiin-battulga"],
    ["Curaçao", "curacao"],
    ["Straße", "strasse"],
    ["Łódź", "lodz"],
  ])("transliterates accents: %s → %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("drops punctuation and joins words with single hyphens", () => {
    expect(slugify("  Action Plan for 2021–2025 (SCO), part #2!  ")).toBe(
      "action-plan-for-2021-2025-sco-part-2",
    );
    expect(slugify("A meeting of the Council of Shanghai cooperation organization's heads of state")).toBe(
      "a-meeting-of-the-council-of-shanghai-cooperation-organizations-heads-of-state",
    );
    expect(slugify("Trade & Economy")).toBe("trade-and-economy");
    expect(slugify("COVID-19 and epidemics")).toBe("covid-19-and-epidemics");
  });

  it("romanizes Cyrillic and drops scripts it cannot transliterate", () => {
    expect(slugify("Владимир Путин")).toBe("vladimir-putin");
    expect(slugify("Садыр Жапаров")).toBe("sadyr-zhaparov");
    expect(slugify("Шанхайская организация сотрудничества")).toBe(
      "shankhayskaya-organizatsiya-sotrudnichestva",
    );
    expect(slugify("习近平")).toBe("");
    expect(slugify("习近平 Xi Jinping")).toBe("xi-jinping");
  });

  it("cuts long text at a word boundary", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith("-")).toBe(false);
    expect(Slug.safeParse(slug).success).toBe(true);
  });
});

describe("derived slugs (rule 8)", () => {
  it("derives a meeting's slug from its English title and start date", () => {
    expect(meetingSlug("Meeting of the SCO Council of Heads of State", "2020-11-10")).toBe(
      "meeting-of-the-sco-council-of-heads-of-state-2020-11-10",
    );
  });

  it("derives a document's slug from its English title and date, when known", () => {
    expect(documentSlug("Moscow Declaration of the Council of Heads of State of the SCO", "2020-11-10")).toBe(
      "moscow-declaration-of-the-council-of-heads-of-state-of-the-sco-2020-11-10",
    );
    expect(documentSlug("SCO Development Strategy until 2025")).toBe("sco-development-strategy-until-2025");
    expect(documentSlug("Action Plan", "2021")).toBe("action-plan-2021");
  });

  it("keeps the date when shortening a long title", () => {
    const slug = documentSlug(
      "Action Plan for 2021–2025 on the implementation of the SCO Development Strategy until 2025 ".repeat(3),
      "2020-11-10",
    );
    expect(slug.endsWith("-2020-11-10")).toBe(true);
    expect(Slug.safeParse(slug).success).toBe(true);
  });

  it("derives other records' slugs from their English name", () => {
    expect(nameSlug("Director of the RATS Executive Committee")).toBe(
      "director-of-the-rats-executive-committee",
    );
  });

  it("finds a free slug by numbering", () => {
    expect(uniqueSlug("russia", [])).toBe("russia");
    expect(uniqueSlug("russia", ["russia", "russia-2"])).toBe("russia-3");
  });
});

describe("Slug", () => {
  it.each(["russia", "meeting-of-the-sco-council-of-heads-of-state-2020-11-10", "2021"])(
    "accepts %s",
    (slug) => {
      expect(Slug.safeParse(slug).success).toBe(true);
    },
  );

  it.each([
    "Russia",
    "antónio",
    "double--hyphen",
    "-leading",
    "trailing-",
    "with space",
    "",
    "a".repeat(101),
  ])("rejects %j", (slug) => {
    expect(Slug.safeParse(slug).success).toBe(false);
  });
});
