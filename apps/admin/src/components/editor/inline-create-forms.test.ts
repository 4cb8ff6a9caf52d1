import { describe, expect, it } from "vitest";
import { FORMS, toInput, validate } from "./inline-create-forms";

const messages = (problems: { path: (string | number)[]; message: string }[]) =>
  problems.map((p) => [p.path.join("."), p.message]);

describe("the inline create forms of relation pickers", () => {
  it("asks for a post's role and for its organization or country, and builds the domain's create input", () => {
    expect(messages(validate(FORMS.post, { "labelI18n.en": "Envoy of Atlantis" }))).toEqual([
      ["role", "Choose the role."],
      ["organizationId", "A post belongs to an organization or a country: pick one (or both)."],
    ]);
    const draft = {
      "labelI18n.en": "Envoy of Atlantis",
      role: "envoy",
      countryId: "cabcdefgh1234567",
      organizationId: null,
    };
    expect(validate(FORMS.post, draft)).toEqual([]);
    expect(toInput(FORMS.post, draft)).toEqual({
      labelI18n: { en: "Envoy of Atlantis" },
      role: "envoy",
      countryId: "cabcdefgh1234567",
    });
  });

  it("refuses an empty name at the English field, where the form shows it", () => {
    expect(messages(validate(FORMS.organization, { "nameI18n.en": " ", classification: "igo" }))).toEqual([
      ["nameI18n.en", "English text is required"],
    ]);
  });

  it("checks a country's ISO codes with the domain's messages and leaves an unknown alpha-3 code out", () => {
    expect(messages(validate(FORMS.country, { "nameI18n.en": "Atlantis", iso2: "ATL" }))).toEqual([
      ["iso2", "ISO 3166-1 alpha-2 code must be two capital letters, e.g. RU"],
    ]);
    expect(toInput(FORMS.country, { "nameI18n.en": "Atlantis", iso2: "AT", iso3: "" })).toEqual({
      nameI18n: { en: "Atlantis" },
      iso2: "AT",
    });
  });

  it("needs a document's type and action; its adoption date is optional but must be a date", () => {
    expect(
      messages(validate(FORMS.document, { "titleI18n.en": "Atlantis Declaration" })).map(([path]) => path),
    ).toEqual(["type", "action"]);
    const problems = validate(FORMS.document, {
      "titleI18n.en": "Atlantis Declaration",
      type: "declaration",
      action: "adopted",
      dateAdopted: "10 Nov",
    });
    expect(problems.map((p) => p.path)).toEqual([["dateAdopted"]]);
    expect(
      validate(FORMS.document, {
        "titleI18n.en": "Atlantis Declaration",
        type: "declaration",
        action: "adopted",
        dateAdopted: "2020-11",
      }),
    ).toEqual([]);
  });

  it("keeps an optional abbreviation only when given", () => {
    expect(
      toInput(FORMS.organization, {
        "nameI18n.en": "Atlantis Council",
        classification: "igo_organ",
        "abbreviationI18n.en": "AC",
      }),
    ).toEqual({
      nameI18n: { en: "Atlantis Council" },
      abbreviationI18n: { en: "AC" },
      classification: "igo_organ",
    });
    expect(
      toInput(FORMS.organization, {
        "nameI18n.en": "Atlantis Council",
        classification: "igo_organ",
        "abbreviationI18n.en": null,
      }),
    ).not.toHaveProperty("abbreviationI18n");
  });
});
