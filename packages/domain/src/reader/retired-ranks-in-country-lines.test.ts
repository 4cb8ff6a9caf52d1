// A retired officer's mark after his rank in a communiqué's list of delegations ("Kenya : H.E. President Lt. Gen.
// (Rtd) X"): until 7 December 2026 "(Rtd)" was read as the first word of the name. The list is written for this test
// in the shape of regional communiqués (country, colon, styles, rank, name), every person in it invented.
import { expect, it } from "vitest";
import { handovers7Knowledge } from "./fixtures/handovers7-knowledge";
import { readPressRelease } from "./read-press-release";

it("reads the name after a rank and its retired mark", () => {
  const text = [
    "Lusaka, 8 June 2023",
    "",
    "The 22nd Summit of COMESA was held in Lusaka.",
    "",
    "The Summit was attended by the following Heads of State and Government or their representatives:",
    "",
    "  • Zambia: H.E. President Tomas Mwale",
    "  • Kenya : H.E. President Lt. Gen. (Rtd) Daniel Kiprono Owino",
    "  • Burundi : Maj. Gen. (Retd.) Pascal Niyonzima, Vice-President",
  ].join("\n");
  const names = readPressRelease(text, handovers7Knowledge).participants.map(
    (participant) => participant.nameAsStated,
  );
  expect(names).toEqual(["Tomas Mwale", "Daniel Kiprono Owino", "Pascal Niyonzima"]);
});
