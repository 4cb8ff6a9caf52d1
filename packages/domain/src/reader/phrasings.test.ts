// Issue 12: phrasings of real releases the reader missed, one unit each (the issue-12 fixtures read them in context).
import { describe, expect, it } from "vitest";
import { readChairmanships } from "./chairmanship";
import { readDocuments } from "./documents";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readAttendanceMode, readMeetingDates } from "./meeting";
import { splitParticipantList } from "./participants";
import { reconcilePerson } from "./reconcile";
import { segment } from "./segment";
import { participantsOn } from "./participants-test-reading";

const people = (text: string, date = "2023-11-03", organizationId = ids.organization("ots")) =>
  participantsOn(text, { date, organizationId, knowledge }).map((p) => [
    p.person.value.status === "matched" ? p.person.value.id : `new:${p.person.value.proposed.name}`,
    p.post?.value.status === "matched"
      ? p.post.value.id
      : p.post
        ? `new:${p.post.value.proposed.label}`
        : null,
    p.role.value,
  ]);

describe("issue-12 phrasings", () => {
  it("keeps honorifics and initials inside a sentence", () => {
    expect(
      segment("It was attended by President of Azerbaijan H.E. Ilham Aliyev and N.A.Nazarbayev. Next.")[0]!
        .sentences,
    ).toHaveLength(2);
  });

  it("gives each person the title before the comma, not the next one's", () => {
    const text = "Azerbaijani President, Ilham Aliyev, Kyrgyz President, Sadyr Japarov";
    expect(
      splitParticipantList(text, 0, text.length, knowledge).map((item) => [
        item.title?.text,
        item.name?.text,
      ]),
    ).toEqual([
      ["Azerbaijani President", "Ilham Aliyev"],
      ["Kyrgyz President", "Sadyr Japarov"],
    ]);
  });

  it("pairs a list of countries with the list of names that follows it", () => {
    const text =
      "The heads of state of Belarus, Kyrgyzstan and Russia, Alexander Lukashenko, Sadyr Japarov and Vladimir Putin";
    expect(
      splitParticipantList(text, 0, text.length, knowledge).map((item) => [
        item.title?.country?.id,
        item.name?.text,
      ]),
    ).toEqual([
      [ids.country("BY"), "Alexander Lukashenko"],
      [ids.country("KG"), "Sadyr Japarov"],
      ["ctyrux0001", "Vladimir Putin"],
    ]);
  });

  it("reads the post after the name and a list before its verb", () => {
    expect(
      people(
        "President Ilham Aliyev of Azerbaijan and President Recep Tayyip Erdogan of Türkiye were likewise in attendance.",
      ),
    ).toEqual([
      [ids.person("ilham-aliyev"), ids.post("president-of-azerbaijan"), "head_of_delegation"],
      [ids.person("recep-tayyip-erdogan"), ids.post("president-of-turkiye"), "head_of_delegation"],
    ]);
  });

  it("reads one name per line under a colon heading", () => {
    expect(
      people(
        "The summit was attended by:\n\nPresident Ilham Aliyev of Azerbaijan\nPrime Minister of Hungary Viktor Orbán\n\nThe talks were long.",
      ),
    ).toEqual([
      [ids.person("ilham-aliyev"), ids.post("president-of-azerbaijan"), "head_of_delegation"],
      [ids.person("viktor-orban"), ids.post("prime-minister-of-hungary"), "head_of_delegation"],
    ]);
  });

  it("finds the chair after a dateline, and a later mention by family name is the same person", () => {
    const text =
      "ASTANA, November 3 — Ilham Aliyev chaired, in the palace, a meeting. Also attending were President of Türkiye Recep Tayyip Erdoğan and Acting President of Kyrgyzstan Talant Mamytov. Mamytov spoke.";
    expect(people(text).map(([person, , role]) => [person, role])).toEqual([
      [ids.person("ilham-aliyev"), "chair"],
      [ids.person("recep-tayyip-erdogan"), "head_of_delegation"],
      ["new:Talant Mamytov", "head_of_delegation"],
    ]);
    expect(
      people(
        "Chaired by President of Azerbaijan Ilham Aliyev, the summit was attended by Prime Minister of Hungary Viktor Orbán.",
      ),
    ).toEqual([
      [ids.person("ilham-aliyev"), ids.post("president-of-azerbaijan"), "chair"],
      [ids.person("viktor-orban"), ids.post("prime-minister-of-hungary"), "head_of_delegation"],
    ]);
  });

  it("matches initials and a family name to a known person", () => {
    const person = reconcilePerson("N.A.Nazarbayev", knowledge, [], "2014-05-29");
    expect(person.reconciled.status === "matched" && person.reconciled.id).toBe(
      ids.person("nursultan-nazarbayev"),
    );
  });

  it('counts tallies and reads lists after them, "among them" and passive titles', () => {
    const text =
      "In all, 16 documents were signed. Among them were the Treaty on the Russian Language and a statement on digital cooperation. " +
      "An agreement was signed on the establishment of the Turkic Investment Fund. Decisions were taken on approving the Programme and on the Anti-Drug Strategy.";
    const { documents, tallies } = readDocuments({ text, paragraphs: segment(text) });
    expect(tallies.map((tally) => [tally.documentType, tally.count])).toEqual([["other", 16]]);
    expect(documents.map((document) => [document.type, document.title, document.action])).toEqual([
      ["treaty", "Treaty on the Russian Language", "signed"],
      ["statement", "Statement on digital cooperation", "signed"],
      ["agreement", "Agreement on the establishment of the Turkic Investment Fund", "signed"],
      ["decision", "Decision on approving the Programme", "adopted"],
      ["decision", "Decision on the Anti-Drug Strategy", "adopted"],
    ]);
  });

  it('reads "passed from X to Y" and "for 2025"', () => {
    const text = "The chairmanship for 2025 passed from Kazakhstan to Russia.";
    const terms = readChairmanships({
      text,
      paragraphs: segment(text),
      knowledge,
      date: "2024-11-28",
      publishedAt: "2024-11-28",
      organizationId: ids.organization("csto"),
      chair: null,
    });
    expect(terms.map((term) => [term.countryId, term.startDate, term.endDate])).toEqual([
      [ids.country("KZ"), "2024", "2025"],
      ["ctyrux0001", "2025", null],
    ]);
  });

  it("takes one leader joining by video for a hybrid meeting, not an online one", () => {
    const text =
      "The session was held in Dushanbe. President of Russia Vladimir Putin took part in the session via videoconference.";
    expect(readAttendanceMode(text, 0, text.length).value).toBe("hybrid");
    const online = "A meeting of the Council was held today via videoconference.";
    expect(readAttendanceMode(online, 0, online.length).value).toBe("online");
  });

  it("dates the meeting by a dateline without a year, not by a date inside a document title", () => {
    const text =
      "ASTANA, May 29. A meeting was held today. The Treaty of May 30, 2014 enters into force later.";
    const sentences = segment(text).flatMap((paragraph) => paragraph.sentences);
    expect(readMeetingDates(text, sentences, "2014-05-29")?.start.value).toBe("2014-05-29");
  });

  it("tells a country the reference data lacks from the name after it, and names the new post by it", () => {
    expect(
      people(
        "Attendees also included President of Sri Lanka Maithripala Sirisena.",
        "2019-06-15",
        ids.organization("cica"),
      ),
    ).toEqual([["new:Maithripala Sirisena", "new:President of Sri Lanka", "head_of_delegation"]]);
  });
});
