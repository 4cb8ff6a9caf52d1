// A joint summit of two organizations: no organ of either is the body, and a leader is a member state's when their
// country belongs to either party. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { referenceData } from "./fixtures/reference-data";
import { withReferenceData } from "./fixtures/with-reference-data";
import { ids } from "./fixtures/world-knowledge";
import { readJointSummit } from "./joint-summits";
import { readPressRelease } from "./read-press-release";
import { segment } from "./segment";

const joint = (text: string) =>
  readJointSummit(
    text,
    segment(text).flatMap((paragraph) => paragraph.sentences),
    eurasiaKnowledge,
    null,
  );

describe("a joint summit named by its parties", () => {
  it("reads two organizations joined before 'Summit', one the knowledge's and one an abbreviation", () => {
    expect(joint("The first ASEAN–GCC Summit was held in Riyadh.")).toEqual({
      knownPartyIds: [ids.organization("asean")],
      otherParties: ["GCC"],
    });
    expect(joint("The SCO-BRICS summit was held in Ufa.")?.knownPartyIds).toHaveLength(2);
  });

  it("is no joint summit when a party is a country or no organization", () => {
    expect(joint("The second China–Central Asia Summit was held in Astana.")).toBeNull();
    expect(joint("The ASEAN–Japan Summit was held in Tokyo.")).toBeNull();
    expect(joint("The first ASEAN–GCC–China Summit was held in Kuala Lumpur.")).toBeNull();
    expect(joint("The ASEAN Summit was held in Jakarta.")).toBeNull();
  });
});

describe("the body and the categories at a joint summit", () => {
  const text = `Joint statement

Riyadh, 20 October 2023

The first ASEAN–GCC Summit was held in Riyadh today. Taking part were President of Indonesia Budi Santoso, Emir of Qatar Karim Al Nasser and Prime Minister of Malaysia Aziz Rahman. President of Timor-Leste Joao Pereira attended as an observer.`;
  const proposal = readPressRelease(text, eurasiaKnowledge);
  const categories = Object.fromEntries(
    proposal.participants.map((participant) => [participant.nameAsStated, participant.category.value]),
  );

  it("leaves the body to the editor", () => {
    expect(proposal.body).toBeNull();
  });

  it("reads the other party's leaders as its members and keeps the words' capacity", () => {
    expect(categories).toEqual({
      "Budi Santoso": "member_state",
      "Karim Al Nasser": "member_state",
      "Aziz Rahman": "member_state",
      "Joao Pereira": "observer_state",
    });
  });
});

describe("the officials of either party at a joint summit", () => {
  // With the reference data the knowledge holds both parties, the GCC as well as ASEAN.
  const knowledge = withReferenceData(eurasiaKnowledge, referenceData);
  const categories = (taking: string) =>
    Object.fromEntries(
      readPressRelease(
        `Joint statement

Riyadh, 20 October 2023

The first ASEAN–GCC Summit was held in Riyadh today. Taking part were President of Indonesia Budi Santoso, Emir of Qatar Karim Al Nasser, ${taking}.`,
        knowledge,
      ).participants.map((participant) => [participant.nameAsStated, participant.category.value]),
    );

  it("reads the secretary-general of the party that is not the body's as an official of the meeting's own", () => {
    expect(categories("Secretary-General of the Gulf Cooperation Council Nasser Al Amri")).toEqual({
      "Budi Santoso": "member_state",
      "Karim Al Nasser": "member_state",
      "Nasser Al Amri": "igo_official",
    });
  });

  it("guard: an official of an organization that is neither party stays a guest organization's", () => {
    expect(categories("Secretary-General of the League of Arab States Nasser Al Amri")).toEqual({
      "Budi Santoso": "member_state",
      "Karim Al Nasser": "member_state",
      "Nasser Al Amri": "guest_organization",
    });
  });
});
