import { describe, expect, it } from "vitest";
import { proposalToDraft } from "./draft";
import { readerFixtures } from "./fixtures/index";
import { readPressRelease } from "./read-press-release";

describe("proposalToDraft", () => {
  const fixture = readerFixtures.find((f) => f.name === "sco-chs-2021-09-17")!;
  const proposal = readPressRelease(fixture.text, fixture.knowledge);
  const draft = proposalToDraft(proposal);

  it("creates unknown people with an occupancy of the known post, and refers to known ones by id", () => {
    expect(draft.newPeople.map((p) => p.nameI18n.en)).toEqual(["Ukhnaagiin Khurelsukh", "Zhang Ming"]);
    expect(draft.newPosts).toEqual([]);
    expect(draft.newOccupancies).toEqual([
      { key: "occupancy-11", person: { key: "person-11" }, post: { id: "pstpresidentofmongolia" } },
      { key: "occupancy-12", person: { key: "person-12" }, post: { id: "pstsecretarygeneralofthesco" } },
    ]);
    expect(draft.participations[0]).toMatchObject({
      person: { id: "peremomalirahmon" },
      role: "chair",
      protocolOrder: 1,
    });
  });

  it("gives documents the meeting's body and date, and keeps the release as the source", () => {
    expect(draft.meeting).toMatchObject({
      bodyId: "orgscocouncilofheadsofstate",
      seriesId: "serscochs",
      startDate: "2021-09-17",
      attendanceMode: "hybrid",
      status: "draft",
    });
    expect(draft.meeting.sources[0]).toMatchObject({
      publishedAt: "2021-09-17T19:05",
      language: "en",
      text: fixture.text,
    });
    for (const document of draft.documents)
      expect(document).toMatchObject({
        adoptingBodyId: "orgscocouncilofheadsofstate",
        dateAdopted: "2021-09-17",
      });
    expect(draft.chairmanships.map((c) => [c.countryId, c.existingId])).toEqual([
      ["ctytjx0001", "chrscotj2020"],
      ["ctyuzx0001", null],
    ]);
  });
});
