// A person with no country in his title who "headed the UAE delegation" comes from that country even when an
// apposition on him stands before the verb ("X, Ruler of Ajman, who headed the UAE delegation"), in a line-up one person
// a line or in a sentence of his own: at a GCC session he is a member's head of delegation. Guard: a clause that names
// a country but no delegation he led. Every person here is invented.
import { describe, expect, it } from "vitest";
import { chair4Knowledge as knowledge } from "./fixtures/chair4-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (sentences: string) =>
  readPressRelease(
    `Riyadh, 9 December 2022 — The Supreme Council of the Gulf Cooperation Council held its forty-third session in Riyadh today under the chairmanship of Crown Prince Faisal bin Omar of Saudi Arabia. ${sentences}`,
    knowledge,
  ).participants.map((participant) => [participant.nameAsStated, participant.category.value]);

describe("the delegation a person headed, after an apposition on him", () => {
  it.each([
    "Attending the session were:\nHis Majesty King Ali bin Salem, King of Bahrain;\nHis Highness Sheikh Saif bin Rashid Al Qasimi, Member of the Supreme Council and Ruler of Ajman, who headed the UAE delegation.",
    "Sheikh Saif bin Rashid Al Qasimi, Ruler of Ajman, who headed the UAE delegation, also attended.",
    "Sheikh Saif bin Rashid Al Qasimi, Ruler of Ajman, who led the delegation of the United Arab Emirates, took part.",
  ])("%s", (sentences) => {
    expect(read(sentences)).toContainEqual(["Saif bin Rashid Al Qasimi", "member_state"]);
  });

  it("is no delegation's country when the clause names none he led", () => {
    expect(
      read("Sheikh Saif bin Rashid Al Qasimi, Ruler of Ajman, who visited the UAE pavilion, also attended."),
    ).not.toContainEqual(["Saif bin Rashid Al Qasimi", "member_state"]);
  });
});
