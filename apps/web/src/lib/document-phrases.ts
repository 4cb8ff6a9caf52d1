import type { DocumentAction, DocumentActionType, DocumentRelationType, Locale } from "@plenary/domain";
import { label } from "@plenary/domain";
import { formatPartialDate } from "./format-date";

// Sentences about documents. The domain's labels name each action and relation ("Signing", "Approves"); a page also
// needs the past and future forms and the reverse reading of a relation.

type Phrases = {
  done: Record<DocumentActionType, string>;
  toBe: Record<DocumentActionType, string>;
  incoming: Record<DocumentRelationType, string>;
  organizedBy: (step: string, actor: string) => string;
  by: (actor: string) => string;
  on: (date: string) => string;
};

const PHRASES: Record<Locale, Phrases> = {
  en: {
    done: {
      adopted: "Adopted",
      approved: "Approved",
      signed: "Signed",
      ratified: "Ratified",
      entered_into_force: "Entered into force",
      circulated_to_un: "Circulated to the UN",
      other: "Other step",
    },
    toBe: {
      adopted: "To be adopted",
      approved: "To be approved",
      signed: "To be signed",
      ratified: "To be ratified",
      entered_into_force: "To enter into force",
      circulated_to_un: "To be circulated to the UN",
      other: "Another step is planned",
    },
    incoming: {
      approves: "approved by",
      implements: "implemented by",
      amends: "amended by",
      supersedes: "superseded by",
      annex_of: "has as annex",
      part_of_package: "in one package with",
      references: "referred to by",
    },
    organizedBy: (step, actor) => `${step} to be organized by ${actor}`,
    by: (actor) => `by ${actor}`,
    on: (date) => `on ${date}`,
  },
  ru: {
    done: {
      adopted: "Принят",
      approved: "Утверждён",
      signed: "Подписан",
      ratified: "Ратифицирован",
      entered_into_force: "Вступил в силу",
      circulated_to_un: "Распространён в ООН",
      other: "Другой этап",
    },
    toBe: {
      adopted: "Будет принят",
      approved: "Будет утверждён",
      signed: "Будет подписан",
      ratified: "Будет ратифицирован",
      entered_into_force: "Вступит в силу",
      circulated_to_un: "Будет распространён в ООН",
      other: "Запланирован другой этап",
    },
    incoming: {
      approves: "утверждён документом",
      implements: "реализуется документом",
      amends: "изменён документом",
      supersedes: "заменён документом",
      annex_of: "имеет приложение",
      part_of_package: "в одном пакете с",
      references: "упоминается в",
    },
    organizedBy: (step, actor) => `${step}: организует ${actor}`,
    by: (actor) => `(${actor})`,
    on: (date) => date,
  },
  zh: {
    done: {
      adopted: "已通过",
      approved: "已核准",
      signed: "已签署",
      ratified: "已批准",
      entered_into_force: "已生效",
      circulated_to_un: "已作为联合国文件分发",
      other: "其他步骤",
    },
    toBe: {
      adopted: "待通过",
      approved: "待核准",
      signed: "待签署",
      ratified: "待批准",
      entered_into_force: "待生效",
      circulated_to_un: "将作为联合国文件分发",
      other: "计划中的其他步骤",
    },
    incoming: {
      approves: "被以下文件批准",
      implements: "由以下文件落实",
      amends: "被以下文件修订",
      supersedes: "被以下文件取代",
      annex_of: "附件为",
      part_of_package: "同一揽子文件",
      references: "被以下文件提及",
    },
    organizedBy: (step, actor) => `${step}：由${actor}组织`,
    by: (actor) => `（${actor}）`,
    on: (date) => date,
  },
};

type ActionFacts = Pick<DocumentAction, "type" | "planned" | "date" | "actor" | "reference">;

/**
 * One step in a document's life: "Adopted on 10 November 2020", "To be circulated to the UN",
 * "Signing to be organized by SCO Secretariat in a working order".
 */
export function describeDocumentAction(action: ActionFacts, locale: Locale = "en"): string {
  const phrases = PHRASES[locale];
  const parts: string[] = [];
  if (action.planned) {
    parts.push(
      action.actor
        ? phrases.organizedBy(label("documentActionType", action.type, locale), action.actor)
        : phrases.toBe[action.type],
    );
  } else {
    parts.push(phrases.done[action.type]);
    if (action.actor) parts.push(phrases.by(action.actor));
  }
  if (action.date) parts.push(phrases.on(formatPartialDate(action.date, locale)));
  if (action.reference) parts.push(action.reference);
  return parts.join(" ");
}

/**
 * How a relation reads from the document it is shown on: outgoing "approves", "implements"; incoming
 * "approved by", "implemented by".
 */
export function relationPhrase(
  type: DocumentRelationType,
  direction: "outgoing" | "incoming",
  locale: Locale = "en",
): string {
  return direction === "outgoing"
    ? label("documentRelationType", type, locale).toLowerCase()
    : PHRASES[locale].incoming[type];
}
