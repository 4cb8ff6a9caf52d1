import { documentTypeGender, type DocumentType } from "@plenary/domain";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../messages/en.json";
import ru from "../messages/ru.json";
import zh from "../messages/zh.json";
import { relationPhrase } from "./document-phrases";

describe("the steps in a document's life (DocumentStep messages)", () => {
  const step = (messages: typeof en, locale: string) =>
    createTranslator({ locale, messages, namespace: "DocumentStep" });

  it("agree in Russian with the document's noun", () => {
    const t = step(ru, "ru");
    const done = (type: DocumentType) => t("done", { type: "adopted", gender: documentTypeGender(type) });
    expect(done("declaration")).toBe("Принята");
    expect(done("decision")).toBe("Принято");
    expect(done("treaty")).toBe("Принят");
    expect(t("done", { type: "entered_into_force", gender: documentTypeGender("agreement") })).toBe(
      "Вступило в силу",
    );
    expect(t("toBe", { type: "signed", gender: documentTypeGender("strategy") })).toBe("Будет подписана");
    expect(t("toBe", { type: "circulated_to_un", gender: documentTypeGender("statement") })).toBe(
      "Будет распространено в ООН",
    );
  });

  it("read the same for every document in English and Chinese", () => {
    for (const gender of ["masculine", "feminine", "neuter"]) {
      expect(step(en, "en")("done", { type: "adopted", gender })).toBe("Adopted");
      expect(step(en, "en")("toBe", { type: "circulated_to_un", gender })).toBe("To be circulated to the UN");
      expect(step(zh, "zh")("done", { type: "adopted", gender })).toBe("已通过");
    }
  });
});

describe("relationPhrase", () => {
  it("reads a relation from either end", () => {
    expect(relationPhrase("approves", "outgoing")).toBe("approves");
    expect(relationPhrase("implements", "outgoing")).toBe("implements");
    expect(relationPhrase("approves", "incoming")).toBe("approved by");
    expect(relationPhrase("implements", "incoming")).toBe("implemented by");
  });
});
