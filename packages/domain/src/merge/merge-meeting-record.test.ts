import { describe, expect, it } from "vitest";
import type { EditableMeeting } from "../entities/meeting-record";
import { mergeMeetingRecords, sameValue, type MergeSide } from "./merge-meeting-record";
import { describeMergeValue, referencedIds, type MergeNames } from "./merge-text";

type Participation = EditableMeeting["participations"][number];
type Chairmanship = EditableMeeting["chairmanships"][number];
type Stored = EditableMeeting & { id: string; version: number; slug: string; status: string };

const NAMES: MergeNames = {
  person: {
    putin: "Vladimir Putin",
    modi: "Narendra Modi",
    xi: "Xi Jinping",
    tokayev: "Kassym-Jomart Tokayev",
    khan: "Imran Khan",
  },
  country: { ru: "Russia", in: "India", cn: "China", kz: "Kazakhstan" },
  organization: { sco: "Shanghai Cooperation Organisation", chs: "Council of Heads of State" },
  topic: { security: "Security", trade: "Trade", health: "Health" },
  occupancy: { "occ-putin": "President of Russia", "occ-putin-pm": "Prime Minister of Russia" },
};

const participant = (
  id: string | undefined,
  personId: string,
  country: string,
  extra: Partial<Participation> = {},
): Participation => ({
  ...(id ? { id } : {}),
  personId,
  occupancyId: null,
  titleAsStated: `Leader ${personId}`,
  representingCountryId: country,
  representingOrganizationId: null,
  category: "member_state",
  role: "head_of_delegation",
  mode: "videoconference",
  ...extra,
});

/** The version both editors started from. */
function baseRecord(): Stored {
  return {
    id: "meeting1",
    version: 4,
    slug: "summit-2020-11-10",
    status: "draft",
    seriesId: null,
    bodyId: "chs",
    ordinal: 20,
    titleI18n: { en: "Summit", ru: "Саммит" },
    classification: "summit",
    startDate: "2020-11-10",
    endDate: "2020-11-10",
    attendanceMode: "online",
    venue: null,
    hostCountryId: "ru",
    coChaired: false,
    topicIds: ["security", "trade"],
    summaryI18n: null,
    sources: [{ url: "https://example.org/release" }],
    identifiers: [],
    participations: [
      participant("p1", "putin", "ru", { role: "chair", occupancyId: "occ-putin" }),
      participant("p2", "modi", "in"),
      participant("p3", "xi", "cn"),
      participant("p4", "tokayev", "kz"),
    ],
    documents: [
      {
        key: "doc1",
        id: "doc1",
        version: 2,
        slug: "moscow-declaration",
        titleI18n: { en: "Moscow Declaration" },
        type: "declaration",
        adoptingBodyId: "chs",
        action: "adopted",
        dateAdopted: "2020-11-10",
        validFrom: null,
        validTo: null,
        legalForce: "political",
        legalStatus: null,
        topicIds: [],
        sources: [],
        identifiers: [],
        actions: [
          { id: "act1", date: null, type: "circulated_to_un", planned: true, actor: null, reference: null },
        ],
        texts: [{ lang: "ru", title: "Московская декларация", body: "", isAuthentic: true, sourceUrl: null }],
        relations: [],
      },
    ],
    tallies: [{ documentType: "decision", count: 9, noteI18n: null }],
    // Built by cast so the fixture holds whether or not chairmanships say which end falls here (`at`).
    chairmanships: [
      {
        id: "chair1",
        at: "start",
        organizationId: "sco",
        countryId: "in",
        startDate: "2020-11-10",
        endDate: null,
        themeI18n: null,
      } as Chairmanship,
    ],
    speeches: [{ id: "s1", personId: "putin", kind: "speech", textI18n: null }],
  };
}

/** A copy changed by `edit`, as one editor's side. */
function edited(from: Stored, edit: (r: Stored) => void): Stored {
  const copy = structuredClone(from);
  edit(copy);
  return copy;
}

const saved = (edit: (r: Stored) => void) =>
  edited(baseRecord(), (r) => {
    r.version = 5;
    edit(r);
  });

const merge = (mine: EditableMeeting, theirs: Stored, choices?: Record<string, MergeSide>) =>
  mergeMeetingRecords(baseRecord(), mine, theirs, { names: NAMES, choices });
const people = (r: EditableMeeting) => r.participations.map((p) => p.personId);
const byPerson = (r: EditableMeeting, personId: string) =>
  r.participations.find((p) => p.personId === personId)!;

describe("three-way merge of a meeting record", () => {
  it("changes nothing when neither side changed anything, and carries their version", () => {
    const result = merge(
      baseRecord(),
      saved(() => {}),
    );
    expect(result.conflicts).toEqual([]);
    expect(result.changes).toEqual([]);
    expect(result.merged.version).toBe(5);
    expect(
      sameValue(
        result.merged,
        saved(() => {}),
      ),
    ).toBe(true);
  });

  describe("fields", () => {
    it("takes a field changed on one side only, from either side, and says from which", () => {
      const result = merge(
        edited(baseRecord(), (r) => (r.startDate = "2020-11-11")),
        saved((r) => (r.classification = "extraordinary")),
      );
      expect(result.conflicts).toEqual([]);
      expect(result.merged.startDate).toBe("2020-11-11");
      expect(result.merged.classification).toBe("extraordinary");
      expect(result.changes).toEqual([
        {
          path: ["classification"],
          label: "Classification",
          side: "theirs",
          kind: "changed",
          text: "Extraordinary meeting",
        },
        { path: ["startDate"], label: "Start date", side: "mine", kind: "changed", text: "2020-11-11" },
      ]);
    });

    it("takes the same change made on both sides once, without asking", () => {
      const result = merge(
        edited(baseRecord(), (r) => (r.coChaired = true)),
        saved((r) => (r.coChaired = true)),
      );
      expect(result.conflicts).toEqual([]);
      expect(result.changes).toEqual([]);
      expect(result.merged.coChaired).toBe(true);
    });

    it("asks when both changed one field differently; mine by default, theirs when chosen", () => {
      const mine = edited(baseRecord(), (r) => (r.hostCountryId = "in"));
      const theirs = saved((r) => (r.hostCountryId = "cn"));
      const result = merge(mine, theirs);
      expect(result.conflicts).toEqual([
        {
          key: '["hostCountryId"]',
          path: ["hostCountryId"],
          label: "Host country",
          kind: "both_changed",
          mine: "in",
          theirs: "cn",
          mineText: "India",
          theirsText: "China",
        },
      ]);
      expect(result.merged.hostCountryId).toBe("in");
      expect(merge(mine, theirs, { '["hostCountryId"]': "theirs" }).merged.hostCountryId).toBe("cn");
    });

    it("merges localized texts per language", () => {
      const result = merge(
        edited(baseRecord(), (r) => (r.titleI18n = { ...r.titleI18n, zh: "峰会" })),
        saved((r) => (r.titleI18n = { ...r.titleI18n, en: "SCO Summit" })),
      );
      expect(result.conflicts).toEqual([]);
      expect(result.merged.titleI18n).toEqual({ en: "SCO Summit", ru: "Саммит", zh: "峰会" });
      expect(result.changes.map((c) => `${c.side}: ${c.label}`)).toEqual([
        "theirs: Title › English",
        "mine: Title › Chinese",
      ]);
    });

    it("asks per language when both changed the same language, and when both added it differently", () => {
      const result = merge(
        edited(baseRecord(), (r) => {
          r.titleI18n.ru = "Саммит ШОС";
          r.summaryI18n = { en: "Leaders met online.", ru: "Лидеры встретились онлайн." };
        }),
        saved((r) => {
          r.titleI18n.ru = "Заседание СГГ";
          r.summaryI18n = { en: "The leaders met by video.", zh: "领导人举行视频会议。" };
        }),
      );
      expect(result.conflicts.map((c) => [c.label, c.kind, c.mineText, c.theirsText])).toEqual([
        ["Title › Russian", "both_changed", "Саммит ШОС", "Заседание СГГ"],
        ["Summary › English", "both_added", "Leaders met online.", "The leaders met by video."],
      ]);
      expect(result.merged.summaryI18n).toEqual({
        en: "Leaders met online.",
        ru: "Лидеры встретились онлайн.",
        zh: "领导人举行视频会议。",
      });
    });

    it("asks when one side cleared a text the other edited", () => {
      const base = edited(baseRecord(), (r) => (r.summaryI18n = { en: "Leaders met." }));
      const result = mergeMeetingRecords(
        base,
        edited(base, (r) => (r.summaryI18n = null)),
        edited(base, (r) => (r.summaryI18n = { en: "Leaders met.", ru: "Лидеры встретились." })),
        { names: NAMES },
      );
      expect(result.conflicts.map((c) => [c.path, c.mineText, c.theirsText])).toEqual([
        [["summaryI18n"], "—", "English: Leaders met.; Russian: Лидеры встретились."],
      ]);
    });
  });

  describe("participants", () => {
    it("merges changes to different participants without asking", () => {
      const result = merge(
        edited(baseRecord(), (r) => (r.participations[2]!.mode = "in_person")),
        saved((r) => (r.participations[1]!.titleAsStated = "Prime Minister of India Narendra Modi")),
      );
      expect(result.conflicts).toEqual([]);
      expect(byPerson(result.merged, "xi").mode).toBe("in_person");
      expect(byPerson(result.merged, "modi").titleAsStated).toBe("Prime Minister of India Narendra Modi");
      expect(result.changes.map((c) => [c.side, c.label, c.text])).toEqual([
        ["theirs", "Participant Narendra Modi › Title as stated", "Prime Minister of India Narendra Modi"],
        ["mine", "Participant Xi Jinping › Mode", "In person"],
      ]);
    });

    it("merges different fields of the same participant, and asks per field when both changed one", () => {
      const mine = edited(baseRecord(), (r) => {
        r.participations[1]!.role = "chair";
        r.participations[1]!.mode = "in_person";
      });
      const theirs = saved((r) => {
        r.participations[1]!.role = "speaker";
        r.participations[1]!.titleAsStated = "Narendra Modi";
      });
      const result = merge(mine, theirs);
      expect(result.conflicts).toEqual([
        {
          key: '["participations","p2","role"]',
          path: ["participations", "p2", "role"],
          label: "Participant Narendra Modi › Role",
          kind: "both_changed",
          mine: "chair",
          theirs: "speaker",
          mineText: "Chair",
          theirsText: "Speaker",
        },
      ]);
      expect(byPerson(result.merged, "modi")).toMatchObject({
        id: "p2",
        role: "chair",
        mode: "in_person",
        titleAsStated: "Narendra Modi",
      });
      expect(
        byPerson(merge(mine, theirs, { '["participations","p2","role"]': "theirs" }).merged, "modi").role,
      ).toBe("speaker");
    });

    it("keeps participants added on either side, mine where I placed them among their rows", () => {
      const result = merge(
        edited(baseRecord(), (r) => r.participations.splice(2, 0, participant(undefined, "khan", "in"))),
        saved((r) => r.participations.push(participant("p9", "sharif", "kz"))),
      );
      expect(result.conflicts).toEqual([]);
      expect(people(result.merged)).toEqual(["putin", "modi", "khan", "xi", "tokayev", "sharif"]);
      expect(result.merged.participations[2]!.id).toBeUndefined();
      expect(result.changes.map((c) => [c.side, c.kind, c.label])).toEqual([
        ["theirs", "added", "Participant person sharif"],
        ["mine", "added", "Participant Imran Khan"],
      ]);
    });

    it("places a row added at the top before the first neighbour", () => {
      const result = merge(
        edited(baseRecord(), (r) => r.participations.unshift(participant(undefined, "khan", "in"))),
        saved(() => {}),
      );
      expect(people(result.merged)).toEqual(["khan", "putin", "modi", "xi", "tokayev"]);
    });

    it("makes one row of the same person added on both sides (rule 9), asking only for fields that differ", () => {
      const sameRow = merge(
        edited(baseRecord(), (r) => r.participations.push(participant(undefined, "khan", "in"))),
        saved((r) => r.participations.push(participant("p9", "khan", "in"))),
      );
      expect(sameRow.conflicts).toEqual([]);
      expect(sameRow.changes).toEqual([]);
      expect(sameRow.merged.participations.filter((p) => p.personId === "khan")).toEqual([
        participant("p9", "khan", "in"),
      ]);

      const differentRole = merge(
        edited(baseRecord(), (r) =>
          r.participations.push(participant(undefined, "khan", "in", { role: "speaker" })),
        ),
        saved((r) => r.participations.push(participant("p9", "khan", "in"))),
      );
      expect(differentRole.conflicts.map((c) => [c.label, c.kind, c.mineText, c.theirsText])).toEqual([
        ["Participant Imran Khan › Role", "both_added", "Speaker", "Head of delegation"],
      ]);
      expect(differentRole.merged.participations.filter((p) => p.personId === "khan")).toEqual([
        participant("p9", "khan", "in", { role: "speaker" }),
      ]);
    });

    it("keeps the stored row when I removed a person and added them again", () => {
      const result = merge(
        edited(baseRecord(), (r) => {
          r.participations.splice(1, 1);
          r.participations.push(participant(undefined, "modi", "in", { mode: "in_person" }));
        }),
        saved(() => {}),
      );
      expect(result.merged.participations.find((p) => p.personId === "modi")).toMatchObject({
        id: "p2",
        mode: "in_person",
      });
      expect(result.merged.participations).toHaveLength(4);
    });

    it("removes a participant removed on one side and untouched on the other", () => {
      const result = merge(
        edited(baseRecord(), (r) => r.participations.splice(3, 1)),
        saved((r) => r.participations.splice(0, 1)),
      );
      expect(result.conflicts).toEqual([]);
      expect(people(result.merged)).toEqual(["modi", "xi"]);
      expect(result.changes.map((c) => [c.side, c.kind, c.label, c.text])).toEqual([
        [
          "mine",
          "removed",
          "Participant Kassym-Jomart Tokayev",
          "Kassym-Jomart Tokayev · “Leader tokayev” · Kazakhstan · Head of delegation · By videoconference",
        ],
        [
          "theirs",
          "removed",
          "Participant Vladimir Putin",
          "Vladimir Putin · President of Russia · “Leader putin” · Russia · Chair · By videoconference",
        ],
      ]);
    });

    it("drops a participant removed on both sides without asking", () => {
      const result = merge(
        edited(baseRecord(), (r) => r.participations.splice(3, 1)),
        saved((r) => r.participations.splice(3, 1)),
      );
      expect(result.conflicts).toEqual([]);
      expect(people(result.merged)).toEqual(["putin", "modi", "xi"]);
    });

    it("asks when I removed a participant they changed", () => {
      const mine = edited(baseRecord(), (r) => r.participations.splice(1, 1));
      const theirs = saved((r) => (r.participations[1]!.role = "speaker"));
      const result = merge(mine, theirs);
      expect(result.conflicts).toMatchObject([
        {
          kind: "removed_by_you",
          path: ["participations", "p2"],
          label: "Participant Narendra Modi",
          mineText: "Removed",
          theirsText: "Narendra Modi · “Leader modi” · India · Speaker · By videoconference",
        },
      ]);
      expect(people(result.merged)).toEqual(["putin", "xi", "tokayev"]);
      expect(people(merge(mine, theirs, { [result.conflicts[0]!.key]: "theirs" }).merged)).toEqual([
        "putin",
        "modi",
        "xi",
        "tokayev",
      ]);
    });

    it("asks when they removed a participant I changed", () => {
      const mine = edited(baseRecord(), (r) => (r.participations[1]!.role = "speaker"));
      const theirs = saved((r) => r.participations.splice(1, 1));
      const result = merge(mine, theirs);
      expect(result.conflicts).toMatchObject([
        {
          kind: "removed_by_them",
          path: ["participations", "p2"],
          mineText: "Narendra Modi · “Leader modi” · India · Speaker · By videoconference",
          theirsText: "Removed",
        },
      ]);
      expect(byPerson(result.merged, "modi")).toMatchObject({ id: "p2", role: "speaker" });
      expect(people(result.merged)).toEqual(["putin", "modi", "xi", "tokayev"]);
      expect(people(merge(mine, theirs, { [result.conflicts[0]!.key]: "theirs" }).merged)).toEqual([
        "putin",
        "xi",
        "tokayev",
      ]);
    });
  });

  describe("protocol order", () => {
    const swapped = (r: Stored, i: number, j: number) => {
      const list = r.participations;
      [list[i], list[j]] = [list[j]!, list[i]!];
    };

    it("keeps their new order and places my additions next to my neighbours", () => {
      const result = merge(
        edited(baseRecord(), (r) => r.participations.splice(2, 0, participant(undefined, "khan", "in"))),
        saved((r) => swapped(r, 0, 3)),
      );
      expect(result.conflicts).toEqual([]);
      expect(people(result.merged)).toEqual(["tokayev", "modi", "khan", "xi", "putin"]);
      expect(result.changes.find((c) => c.kind === "reordered")).toMatchObject({
        side: "theirs",
        label: "Participants › Order",
      });
    });

    it("takes my new order when only I reordered, placing their additions next to their neighbours", () => {
      const result = merge(
        edited(baseRecord(), (r) => swapped(r, 1, 2)),
        saved((r) => r.participations.splice(1, 0, participant("p9", "khan", "in"))),
      );
      expect(result.conflicts).toEqual([]);
      expect(people(result.merged)).toEqual(["putin", "khan", "xi", "modi", "tokayev"]);
      expect(result.changes.find((c) => c.kind === "reordered")).toMatchObject({
        side: "mine",
        text: expect.stringMatching(/^1\. Vladimir Putin .*; 2\. Imran Khan/),
      });
    });

    it("takes the same new order made on both sides without asking", () => {
      const result = merge(
        edited(baseRecord(), (r) => swapped(r, 0, 1)),
        saved((r) => swapped(r, 0, 1)),
      );
      expect(result.conflicts).toEqual([]);
      expect(people(result.merged)).toEqual(["modi", "putin", "xi", "tokayev"]);
    });

    it("makes the order a choice when both reordered differently", () => {
      const mine = edited(baseRecord(), (r) => swapped(r, 0, 1));
      const theirs = saved((r) => swapped(r, 2, 3));
      const result = merge(mine, theirs);
      expect(result.conflicts).toHaveLength(1);
      expect(result.conflicts[0]).toMatchObject({
        kind: "order",
        path: ["participations", "#order"],
        label: "Participants › Order",
      });
      expect(result.conflicts[0]!.mineText).toMatch(
        /^1\. Narendra Modi .*; 2\. Vladimir Putin .*; 3\. Xi Jinping .*; 4\. Kassym-Jomart Tokayev/,
      );
      expect(people(result.merged)).toEqual(["modi", "putin", "xi", "tokayev"]);
      expect(people(merge(mine, theirs, { '["participations","#order"]': "theirs" }).merged)).toEqual([
        "putin",
        "modi",
        "tokayev",
        "xi",
      ]);
    });
  });

  describe("documents, tallies, chairmanships, speeches, topics and sources", () => {
    it("merges a document's fields, actions, texts and relations per item, and keeps their version of it", () => {
      const result = merge(
        edited(baseRecord(), (r) => {
          const doc = r.documents[0]!;
          doc.actions[0]!.date = "2020-12";
          doc.texts.push({
            lang: "en",
            title: "Moscow Declaration",
            body: "",
            isAuthentic: true,
            sourceUrl: null,
          });
          doc.relations.push({ type: "references", to: "charter1" });
        }),
        saved((r) => {
          const doc = r.documents[0]!;
          doc.version = 3;
          doc.legalForce = "binding";
          doc.texts[0]!.isAuthentic = false;
          doc.actions.push({
            id: "act2",
            date: "2020-11-10",
            type: "signed",
            planned: false,
            actor: null,
            reference: null,
          });
        }),
      );
      expect(result.conflicts).toEqual([]);
      const doc = result.merged.documents[0]!;
      expect(doc.version).toBe(3);
      expect(doc.legalForce).toBe("binding");
      expect(doc.actions.map((a) => [a.id, a.date])).toEqual([
        ["act1", "2020-12"],
        ["act2", "2020-11-10"],
      ]);
      expect(doc.texts.map((t) => [t.lang, t.isAuthentic])).toEqual([
        ["ru", false],
        ["en", true],
      ]);
      expect(doc.relations).toEqual([{ type: "references", to: "charter1" }]);
      expect(result.changes.every((c) => !c.path.includes("version"))).toBe(true);
    });

    it("asks per field of a nested item both changed, labelled by document and language", () => {
      const result = merge(
        edited(baseRecord(), (r) => (r.documents[0]!.texts[0]!.title = "Московская декларация СГГ")),
        saved((r) => (r.documents[0]!.texts[0]!.title = "Московская декларация Совета")),
      );
      expect(result.conflicts.map((c) => [c.path, c.label])).toEqual([
        [
          ["documents", "doc1", "texts", "ru", "title"],
          "Document “Moscow Declaration” › Russian text › Title",
        ],
      ]);
    });

    it("keeps documents added on both sides, and one copy of the same document added by both", () => {
      const added = {
        ...baseRecord().documents[0]!,
        key: "new-x",
        id: undefined,
        version: undefined,
        slug: undefined,
        titleI18n: { en: "Statement" },
        type: "statement" as const,
        actions: [],
        texts: [],
      };
      const result = merge(
        edited(baseRecord(), (r) =>
          r.documents.push(added, { ...added, key: "new-y", titleI18n: { en: "Mine only" } }),
        ),
        saved((r) => r.documents.push({ ...added, key: "doc9", id: "doc9", version: 1, slug: "statement" })),
      );
      expect(result.merged.documents.map((d) => [d.key, d.titleI18n.en])).toEqual([
        ["doc1", "Moscow Declaration"],
        ["doc9", "Statement"],
        ["new-y", "Mine only"],
      ]);
    });

    it("merges tallies by document type", () => {
      const result = merge(
        edited(baseRecord(), (r) => (r.tallies[0]!.count = 10)),
        saved((r) => r.tallies.push({ documentType: "statement", count: 2, noteI18n: null })),
      );
      expect(result.merged.tallies).toEqual([
        { documentType: "decision", count: 10, noteI18n: null },
        { documentType: "statement", count: 2, noteI18n: null },
      ]);
      expect(result.changes.map((c) => [c.side, c.label, c.text])).toEqual([
        ["mine", "Tally of decisions › Count", "10"],
        ["theirs", "Tally of statements", "2 statements"],
      ]);
    });

    it("merges chairmanships and speeches per item, the same handover added twice being one", () => {
      const next = {
        at: "start",
        organizationId: "sco",
        countryId: "kz",
        startDate: "2021-06-15",
        endDate: null,
        themeI18n: null,
      } as Chairmanship;
      const result = merge(
        edited(baseRecord(), (r) => {
          r.chairmanships[0]!.themeI18n = { en: "Unity" };
          r.chairmanships.push(next);
          r.speeches[0]!.kind = "remarks";
        }),
        saved((r) => {
          r.chairmanships.push({ id: "chair2", ...next });
          r.speeches.push({ id: "s2", personId: "modi", kind: "speech", textI18n: { en: "Thank you." } });
        }),
      );
      expect(result.conflicts).toEqual([]);
      expect(result.merged.chairmanships).toEqual([
        { ...baseRecord().chairmanships[0]!, themeI18n: { en: "Unity" } },
        { id: "chair2", ...next },
      ]);
      expect(result.merged.speeches.map((s) => [s.id, s.kind])).toEqual([
        ["s1", "remarks"],
        ["s2", "speech"],
      ]);
    });

    it("merges topics and sources as sets", () => {
      const result = merge(
        edited(baseRecord(), (r) => {
          r.topicIds.push("health");
          r.sources.push({ url: "https://example.org/mine" });
        }),
        saved((r) => {
          r.topicIds = ["trade"];
          r.sources = [
            { url: "https://example.org/release", title: "Release" },
            { url: "https://example.org/theirs" },
          ];
        }),
      );
      expect(result.conflicts).toEqual([]);
      expect(result.merged.topicIds).toEqual(["trade", "health"]);
      // My source follows the one I added it after.
      expect(result.merged.sources).toEqual([
        { url: "https://example.org/release", title: "Release" },
        { url: "https://example.org/mine" },
        { url: "https://example.org/theirs" },
      ]);
      expect(
        result.changes.filter((c) => c.path[0] === "topicIds").map((c) => [c.side, c.kind, c.label]),
      ).toEqual([
        ["theirs", "removed", "Topic Security"],
        ["mine", "added", "Topic Health"],
      ]);
    });
  });

  it("describes values by name and label, never as JSON", () => {
    const mine = edited(baseRecord(), (r) => {
      r.participations[0]!.occupancyId = "occ-putin-pm";
      r.venue = { city: { en: "Moscow" }, countryId: "ru" };
      r.documents[0]!.actions[0]!.type = "signed";
    });
    const theirs = saved((r) => {
      r.participations[0]!.occupancyId = null;
      r.venue = { city: { en: "Moscow", ru: "Москва" }, countryId: "cn" };
      r.documents[0]!.actions[0]!.type = "ratified";
    });
    const result = merge(mine, theirs);
    expect(result.conflicts.map((c) => [c.label, c.mineText, c.theirsText])).toEqual([
      ["Venue › Country", "Russia", "China"],
      ["Participant Vladimir Putin › Post held that day", "Prime Minister of Russia", "—"],
      [
        "Document “Moscow Declaration” › Action: Circulation as a UN document › Type",
        "Signing",
        "Ratification",
      ],
    ]);
    expect(
      [
        ...result.conflicts.flatMap((c) => [c.mineText, c.theirsText]),
        ...result.changes.map((c) => c.text),
      ].filter((text) => /[{}"]/.test(text)),
    ).toEqual([]);
    expect(describeMergeValue(["venue"], { city: { en: "Moscow" }, countryId: "ru" }, NAMES)).toBe(
      "City: English: Moscow · Country: Russia",
    );
    expect(describeMergeValue(["participations", "p1", "personId"], "nobody", NAMES)).toBe("person nobody");
  });

  it("resolves every conflict as chosen, independently", () => {
    const mine = edited(baseRecord(), (r) => {
      r.endDate = "2020-11-11";
      r.participations[0]!.mode = "in_person";
    });
    const theirs = saved((r) => {
      r.endDate = "2020-11-12";
      r.participations[0]!.mode = "video_message";
    });
    const { conflicts } = merge(mine, theirs);
    expect(conflicts.map((c) => c.key)).toEqual(['["endDate"]', '["participations","p1","mode"]']);
    const chosen = merge(mine, theirs, {
      '["endDate"]': "theirs",
      '["participations","p1","mode"]': "mine",
    }).merged;
    expect([chosen.endDate, chosen.participations[0]!.mode]).toEqual(["2020-11-12", "in_person"]);
  });

  it("lists the records the three sides refer to, for fetching their names", () => {
    const mine = edited(baseRecord(), (r) => {
      r.participations.push(participant(undefined, "khan", "in"));
      r.documents[0]!.relations.push(
        { type: "references", to: "charter1" },
        { type: "part_of_package", to: "doc1" },
      );
    });
    expect(referencedIds([baseRecord(), mine])).toEqual({
      person: ["khan", "modi", "putin", "tokayev", "xi"],
      country: ["cn", "in", "kz", "ru"],
      organization: ["chs", "sco"],
      topic: ["security", "trade"],
      document: ["charter1"],
    });
  });
});
