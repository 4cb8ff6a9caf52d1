// How IGAD reports name their guests, written in our own words: "The 38th extraordinary Summit of IGAD Heads of State
// and Government opened in Djibouti today, chaired by Prime Minister X and attended by the African Union Commission
// Chairperson Y". Until 8 December 2026 the body that met was read as the African Union Commission (the most specific
// organization of the sentence, though it named only the guest's office), and the guest as its own official. Every
// sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { readPressRelease } from "./read-press-release";

const read = (body: string) => readPressRelease(`DJIBOUTI, 20 December 2020 - ${body}\n`, referenceData);

describe("an organization named only by a guest's office", () => {
  it("is not the body that met, and its officer is a guest", () => {
    const proposal = read(
      "The 38th extraordinary Summit of IGAD Heads of State and Government opened in Djibouti today, chaired by Sudanese Prime Minister Abdalla Hamdok and attended by the African Union Commission Chairperson Moussa Faki Mahamat.",
    );
    expect(proposal.organizationId).toBe("igad");
    expect(proposal.participants.map((p) => [p.nameAsStated, p.category.value])).toEqual([
      ["Abdalla Hamdok", "member_state"],
      ["Moussa Faki Mahamat", "guest_organization"],
    ]);
  });

  it("is still the body when the sentence names no other organization", () => {
    const proposal = read(
      "The session opened in Addis Ababa today, chaired by the African Union Commission Chairperson Moussa Faki Mahamat.",
    );
    expect(proposal.organizationId).toBe("african-union");
  });
});
