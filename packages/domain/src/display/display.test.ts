import { describe, expect, it } from "vitest";
import type { Locale } from "../common/localized-text";
import { LOCALES } from "../common/localized-text";
import { IdentifierScheme } from "../common/identifier";
import { PublicationStatus } from "../common/record";
import { AdoptionAction, DocumentType, LegalForce, LegalStatus } from "../entities/document";
import { DocumentActionType } from "../entities/document-action";
import { DocumentRelationType } from "../entities/document-relation";
import { AttendanceMode, MeetingClassification } from "../entities/meeting";
import { OccupancyQualifier } from "../entities/occupancy";
import { MembershipStatus } from "../entities/org-membership";
import { OrganizationClassification } from "../entities/organization";
import { ParticipationCategory, ParticipationMode, ParticipationRole } from "../entities/participation";
import { PostRole } from "../entities/post";
import { RevisionEntityType } from "../entities/revision";
import { SpeechKind } from "../entities/speech";
import { UserRole } from "../entities/user";
import type { LabelKind } from "./labels";
import { DOCUMENT_TYPE_NOUNS, label, LABELS } from "./labels";
import { participantLine } from "./participant-line";
import { personName, personSortKey } from "./person-name";
import { countDocuments, tallyLabel } from "./tally-label";

describe("labels", () => {
  const enums: Record<LabelKind, { options: readonly string[] }> = {
    locale: { options: LOCALES },
    publicationStatus: PublicationStatus,
    identifierScheme: IdentifierScheme,
    organizationClassification: OrganizationClassification,
    membershipStatus: MembershipStatus,
    postRole: PostRole,
    occupancyQualifier: OccupancyQualifier,
    meetingClassification: MeetingClassification,
    attendanceMode: AttendanceMode,
    participationCategory: ParticipationCategory,
    participationRole: ParticipationRole,
    participationMode: ParticipationMode,
    documentType: DocumentType,
    adoptionAction: AdoptionAction,
    legalForce: LegalForce,
    legalStatus: LegalStatus,
    documentRelationType: DocumentRelationType,
    documentActionType: DocumentActionType,
    speechKind: SpeechKind,
    userRole: UserRole,
    revisionEntityType: RevisionEntityType,
  };

  it.each(Object.entries(enums))(
    "labels every %s value in en, ru and zh, and nothing else",
    (kind, schema) => {
      const labels = LABELS[kind as LabelKind] as Record<string, Record<Locale, string>>;
      expect(Object.keys(labels).sort()).toEqual([...schema.options].sort());
      for (const value of schema.options) {
        for (const locale of LOCALES)
          expect(labels[value]?.[locale]?.trim(), `${kind}.${value}.${locale}`).toBeTruthy();
      }
    },
  );

  it("gives participation categories as group headings", () => {
    expect(LOCALES.map((l) => label("participationCategory", "member_state", l))).toEqual([
      "Member states",
      "Государства-члены",
      "成员国",
    ]);
    expect(label("participationCategory", "observer_state", "ru")).toBe("Государства-наблюдатели");
  });

  it("labels document types by their singular noun", () => {
    expect(label("documentType", "action_plan", "en")).toBe("Action plan");
    expect(label("documentType", "decision", "ru")).toBe("Решение");
    expect(label("documentType", "declaration", "zh")).toBe("宣言");
    expect(Object.keys(DOCUMENT_TYPE_NOUNS).sort()).toEqual([...DocumentType.options].sort());
  });

  it("refuses an unknown value", () => {
    expect(() => label("userRole", "owner" as never, "en")).toThrow(RangeError);
  });
});

describe("tallyLabel", () => {
  it("shows how many of the counted documents are listed (en)", () => {
    expect(tallyLabel("decision", 9, 3, "en")).toBe("9 decisions (3 listed)");
    expect(tallyLabel("statement", 6, 6, "en")).toBe("6 statements");
    expect(tallyLabel("decision", 1, 1, "en")).toBe("1 decision");
    expect(tallyLabel("decision", 1, 0, "en")).toBe("1 decision (none listed)");
    expect(tallyLabel("memorandum", 2, 2, "en")).toBe("2 memoranda");
  });

  it("uses Russian plural forms", () => {
    expect(tallyLabel("decision", 9, 3, "ru")).toBe("9 решений (в списке 3)");
    expect(tallyLabel("statement", 6, 6, "ru")).toBe("6 заявлений");
    expect(tallyLabel("decision", 1, 1, "ru")).toBe("1 решение");
    expect(tallyLabel("decision", 2, 0, "ru")).toBe("2 решения (в списке нет)");
    expect(countDocuments("decision", 11, "ru")).toBe("11 решений");
    expect(countDocuments("decision", 21, "ru")).toBe("21 решение");
    expect(countDocuments("decision", 22, "ru")).toBe("22 решения");
    expect(countDocuments("decision", 112, "ru")).toBe("112 решений");
  });

  it("writes Chinese with a measure word and no plural", () => {
    expect(tallyLabel("decision", 9, 3, "zh")).toBe("9份决议（列出3份）");
    expect(tallyLabel("statement", 6, 6, "zh")).toBe("6份声明");
    expect(tallyLabel("decision", 9, 0, "zh")).toBe("9份决议（均未列出）");
  });
});

describe("participantLine", () => {
  it("prefers the canonical post and name over the stated title", () => {
    expect(
      participantLine({
        titleAsStated: "Prime Minister of India Narendra Modi",
        postLabel: "Prime Minister of India",
        personName: "Narendra Modi",
      }),
    ).toBe("Prime Minister of India Narendra Modi");
    expect(
      participantLine({
        titleAsStated: "Russian President Vladimir Putin",
        postLabel: "President of Russia",
        personName: "Vladimir Putin",
      }),
    ).toBe("President of Russia Vladimir Putin");
  });

  it("never repeats a source's misspelling", () => {
    expect(
      participantLine({
        titleAsStated:
          "Director of the Executive Committee of the SCO Regional anti-terrorist structure Jumakhon Gijesov",
        personName: "Jumakhon Giyosov",
      }),
    ).toBe("Jumakhon Giyosov");
  });

  it("falls back to the stated title when it contains the canonical name", () => {
    expect(
      participantLine({
        titleAsStated: "SCO Secretary General Vladimir Norov",
        postLabel: null,
        personName: "Vladimir Norov",
      }),
    ).toBe("SCO Secretary General Vladimir Norov");
    expect(participantLine({ personName: "Vladimir Norov" })).toBe("Vladimir Norov");
  });

  it("joins title and name without a space in Chinese", () => {
    expect(participantLine({ postLabel: "印度总理", personName: "纳伦德拉·莫迪" }, "zh")).toBe(
      "印度总理纳伦德拉·莫迪",
    );
    expect(participantLine({ postLabel: "Премьер-министр Индии", personName: "Нарендра Моди" }, "ru")).toBe(
      "Премьер-министр Индии Нарендра Моди",
    );
  });
});

describe("personName", () => {
  const xi = { nameI18n: { en: "Xi Jinping", ru: "Си Цзиньпин", zh: "习近平" }, sortName: "Xi Jinping" };
  const norov = { nameI18n: { en: "Vladimir Norov", ru: "Владимир Норов" }, sortName: "Norov, Vladimir" };

  it("gives the name in the reader's language, falling back to English visibly", () => {
    expect(personName(xi, "zh")).toEqual({ text: "习近平", lang: "zh", isFallback: false });
    expect(personName(norov, "zh")).toEqual({ text: "Vladimir Norov", lang: "en", isFallback: true });
  });

  it("sorts by sortName when given", () => {
    expect([norov, xi, { nameI18n: { en: "Imran Khan" } }].map(personSortKey).sort()).toEqual([
      "imran khan",
      "norov, vladimir",
      "xi jinping",
    ]);
  });
});
