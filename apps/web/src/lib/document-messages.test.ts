import { AdoptionAction, DocumentType, documentTypeGender, label } from "@plenary/domain";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../messages/en.json";
import ru from "../messages/ru.json";
import zh from "../messages/zh.json";

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

describe("the reverse reading of a relation (DocumentRelation messages)", () => {
  it("agrees in Russian with the document it is shown on", () => {
    const t = createTranslator({ locale: "ru", messages: ru, namespace: "DocumentRelation" });
    const incoming = (type: "approves" | "implements", documentType: DocumentType) =>
      t("incoming", { type, gender: documentTypeGender(documentType) });
    expect(incoming("approves", "declaration")).toBe("утверждена документом");
    expect(incoming("approves", "decision")).toBe("утверждено документом");
    expect(incoming("approves", "treaty")).toBe("утверждён документом");
    expect(incoming("implements", "strategy")).toBe("реализуется документом");
  });

  it("reads every relation type in English", () => {
    const t = createTranslator({ locale: "en", messages: en, namespace: "DocumentRelation" });
    expect(t("incoming", { type: "approves", gender: "feminine" })).toBe("approved by");
    expect(t("incoming", { type: "references", gender: "masculine" })).toBe("referred to by");
  });
});

describe("what a meeting did with a document (AdoptionAction messages)", () => {
  const done = (messages: typeof en, locale: string) =>
    createTranslator({ locale, messages, namespace: "AdoptionAction" });

  it("agrees in Russian with the document's noun, for every action and gender", () => {
    const t = done(ru, "ru");
    const forms: Record<AdoptionAction, [masculine: string, feminine: string, neuter: string]> = {
      adopted: ["Принят", "Принята", "Принято"],
      approved: ["Утверждён", "Утверждена", "Утверждено"],
      signed: ["Подписан", "Подписана", "Подписано"],
      noted: ["Принят к сведению", "Принята к сведению", "Принято к сведению"],
      prepared: ["Подготовлен", "Подготовлена", "Подготовлено"],
    };
    for (const action of AdoptionAction.options) {
      const [masculine, feminine, neuter] = forms[action];
      expect(t("done", { action, gender: "masculine" })).toBe(masculine);
      expect(t("done", { action, gender: "feminine" })).toBe(feminine);
      expect(t("done", { action, gender: "neuter" })).toBe(neuter);
      // Without a document (a filter over every type): the default form, the domain's label.
      expect(t("done", { action, gender: "other" })).toBe(masculine);
      expect(label("adoptionAction", action, "ru")).toBe(masculine);
    }
    // The example, and one noun of each gender through the domain's one table of genders.
    expect(t("done", { action: "adopted", gender: documentTypeGender("declaration") })).toBe("Принята");
    expect(t("done", { action: "adopted", gender: documentTypeGender("decision") })).toBe("Принято");
    expect(t("done", { action: "signed", gender: documentTypeGender("treaty") })).toBe("Подписан");
  });

  it("reads every action as the domain's label in English and Chinese, whatever the document", () => {
    for (const [messages, locale] of [
      [en, "en"],
      [zh, "zh"],
    ] as const)
      for (const action of AdoptionAction.options)
        for (const type of DocumentType.options)
          expect(done(messages, locale)("done", { action, gender: documentTypeGender(type) })).toBe(
            label("adoptionAction", action, locale),
          );
  });
});
