import { describe, expect, it } from "vitest";
import { AdoptionAction, DocumentType } from "../entities/document";
import { adoptionActionLabel, documentTypeGender } from "./adoption-action";
import { label } from "./labels";

describe("adoptionActionLabel", () => {
  it("agrees in Russian with the gender of the document's noun", () => {
    expect(adoptionActionLabel("adopted", "declaration", "ru")).toBe("Принята");
    expect(adoptionActionLabel("adopted", "decision", "ru")).toBe("Принято");
    expect(adoptionActionLabel("signed", "treaty", "ru")).toBe("Подписан");
    expect(adoptionActionLabel("approved", "strategy", "ru")).toBe("Утверждена");
  });

  it("keeps the masculine label for masculine nouns, and the plain label in English and Chinese", () => {
    for (const action of AdoptionAction.options) {
      expect(adoptionActionLabel(action, "other", "ru")).toBe(label("adoptionAction", action, "ru"));
      for (const type of DocumentType.options) {
        expect(adoptionActionLabel(action, type, "en")).toBe(label("adoptionAction", action, "en"));
        expect(adoptionActionLabel(action, type, "zh")).toBe(label("adoptionAction", action, "zh"));
      }
    }
  });

  it("names the gender of each document type's Russian noun", () => {
    expect(documentTypeGender("declaration")).toBe("feminine");
    expect(documentTypeGender("decision")).toBe("neuter");
    expect(documentTypeGender("treaty")).toBe("masculine");
  });
});
