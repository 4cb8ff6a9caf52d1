// The host "welcomed his brothers the leaders of the GCC states:" and the leaders one to a clause between semicolons:
// they are at the summit. Before, only "met the leaders of … states:" opened such a list, and the five Gulf leaders of
// the GCC 2016 fixture were left among the mentions. With them found, "Amir of the State of Qatar" is the known post
// "Emir of Qatar": the two spellings of the title are one post (three more GCC fixtures). Every person in the lists
// but the Emir of Qatar, whom the test knowledge holds, is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (text: string) => readPressRelease(text, knowledge);
const names = (text: string) => read(text).participants.map((participant) => participant.nameAsStated);

const OPENING = "The CICA summit opened in Astana on 13 October 2022. ";

describe("leaders welcomed under a colon", () => {
  it.each([
    "His Majesty welcomed his brothers the leaders of the member states: King Karim bin Said, King of Saudi Arabia; Sheikh Omar Al-Nasser, Amir of the State of Kuwait; and Sheikh Faris Al Thani, Amir of the State of Qatar.",
    "The President welcomed the heads of state of the member countries: King Karim bin Said, King of Saudi Arabia; Sheikh Omar Al-Nasser, Amir of the State of Kuwait; and Sheikh Faris Al Thani, Amir of the State of Qatar.",
    "The host received his colleagues the heads of delegations of the participating states: King Karim bin Said, King of Saudi Arabia; Sheikh Omar Al-Nasser, Amir of the State of Kuwait; and Sheikh Faris Al Thani, Amir of the State of Qatar.",
  ])("%s", (sentence) => {
    expect(names(OPENING + sentence)).toEqual(["Karim bin Said", "Omar Al-Nasser", "Faris Al Thani"]);
  });

  it("a welcome with no list under it names no one", () => {
    expect(names(`${OPENING}The President welcomed the leaders of the member states to Astana.`)).toEqual([]);
  });
});

describe("one title in two spellings", () => {
  it('"Amir of the State of Qatar" is the known post "Emir of Qatar"', () => {
    const [emir] = read(
      `${OPENING}The summit was attended by Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar.`,
    ).participants;
    expect(emir?.post?.value).toMatchObject({ status: "matched", label: "Emir of Qatar" });
  });
});
