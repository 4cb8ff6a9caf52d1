// A head of state or government named with no country (a wire round-up's "President Putin said …", "Prime Minister
// Sharif thanked the host") is read as a member of the body that met, the common case at a summit, unless the words
// say otherwise. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { participantsByName } from "./participants-test-reading";

const categories = (body: string) =>
  participantsByName(
    `Leaders meet\n\nAstana, 4 July 2024\n\n${body}`,
    eurasiaKnowledge,
    (participant) => participant.category.value,
  );

describe("a leader named with no country", () => {
  it("is a member of the body that met when nothing says otherwise", () => {
    expect(
      categories(
        "The meeting of the SCO Council of Heads of State opened in Astana. President Arman Seitov delivered a speech. Prime Minister Adil Osmonov thanked the host and addressed the meeting.",
      ),
    ).toEqual({ "Arman Seitov": "member_state", "Adil Osmonov": "member_state" });
  });

  it("is a member at a meeting of a body the knowledge does not hold", () => {
    expect(
      categories(
        "The summit of the Union of Five Rivers was held in Astana. Taking part were President Arman Seitov and Prime Minister Adil Osmonov.",
      ),
    ).toEqual({ "Arman Seitov": "member_state", "Adil Osmonov": "member_state" });
  });
});

describe("guards", () => {
  it("keeps the capacity a relative clause on the person gives", () => {
    expect(
      categories(
        "The meeting of the SCO Council of Heads of State was held in Astana. President Arman Seitov, who came as a guest of the host, and Prime Minister Adil Osmonov took part.",
      )["Arman Seitov"],
    ).toBe("guest_state");
  });

  it("keeps a vice-president with no country a guest, and another organization's head that organization's", () => {
    expect(
      categories(
        "The meeting of the SCO Council of Heads of State was held in Astana. Taking part were Vice-President Arman Seitov and President of the Asian Development Bank Adil Osmonov.",
      ),
    ).toEqual({ "Arman Seitov": "guest_state", "Adil Osmonov": "guest_organization" });
  });
});
