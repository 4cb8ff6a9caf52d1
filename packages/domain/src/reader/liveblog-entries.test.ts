// A liveblog names the leaders entry by entry, each under its time ("14:10 X speaks next", "09:05 GMT — X arrives"),
// in the present tense, often with the quote first and its verb before the speaker ('"…," says X'); an official of
// an organization named alone as present ("his special representative, X, head of the UN centre, is in the hall") is
// no list of who took part; a minister at the final briefing and a video message are not acts at the table; "X is the
// first to speak" is. People here are invented unless the knowledge holds them.
import { describe, expect, it } from "vitest";
import { participantsOn } from "./participants-test-reading";

const read = (text: string) => participantsOn(text, { date: "2023-09-14", organizationId: null });
const names = (text: string) => read(text).map((participant) => participant.nameAsStated);

describe("a liveblog's entries under their times", () => {
  it.each([
    ["14:10", "13:35"],
    ["14:10 GMT —", "13:35 GMT —"],
    ["2.10pm:", "1.35pm:"],
  ])("reads the leader who opens an entry after its time (%s)", (first, second) => {
    const text =
      "The leaders meet on the coast today.\n\n" +
      `${first} Russian President Pyotr Sobolev proposes a regional fund.\n\n` +
      `${second} Kyrgyz President Ruslan Abdykov speaks next.`;
    expect(names(text)).toEqual(["Pyotr Sobolev", "Ruslan Abdykov"]);
  });

  it("reads 'X is the first to speak' as an act at the table", () => {
    const text =
      "The leaders meet on the coast today.\n\n12:55 Kazakh President Arman Teselov is the first to speak after the host.\n\n" +
      "13:35 Kyrgyz President Ruslan Abdykov takes the floor.";
    expect(names(text)).toEqual(["Arman Teselov", "Ruslan Abdykov"]);
  });

  it("reads no minister who speaks at the final briefing", () => {
    const text =
      "The leaders meet on the coast today.\n\n16:45 Tajik Foreign Minister Daler Saidov tells the final briefing that five documents were signed.\n\n" +
      "14:10 Russian President Pyotr Sobolev proposes a regional fund.\n\n13:35 Kyrgyz President Ruslan Abdykov speaks next.";
    expect(names(text)).toEqual(["Pyotr Sobolev", "Ruslan Abdykov"]);
  });
});

describe("a quote whose verb comes before its speaker", () => {
  it.each(["says", "said", "added"])("reads the leader after '\"…,\" %s'", (verb) => {
    const text =
      "The leaders met on the coast on Friday. Russian President Pyotr Sobolev proposed a regional fund. " +
      `"Nobody will solve our water problems for us," ${verb} Uzbek President Botir Karimov, who backs a water programme.`;
    expect(names(text)).toEqual(["Pyotr Sobolev", "Botir Karimov"]);
  });

  it("still reads no one from words to the press", () => {
    const text =
      "The leaders met on the coast on Friday. Russian President Pyotr Sobolev proposed a regional fund. " +
      "Tajik President Farrukh Nazarov spoke about water. " +
      '"It went well," said Uzbek President Botir Karimov at a news conference after the talks.';
    expect(names(text)).toEqual(["Pyotr Sobolev", "Farrukh Nazarov"]);
  });
});

describe("an organization's official named alone as present", () => {
  it("does not stop the leaders being read by what they did", () => {
    const text =
      "The leaders meet on the coast today.\n\n15:30 His special representative, Giorgi Beridze, head of the UN Regional Centre for Central Asia, is in the hall.\n\n" +
      "14:10 Russian President Pyotr Sobolev proposes a regional fund.\n\n13:35 Kyrgyz President Ruslan Abdykov speaks next.";
    expect(names(text)).toEqual(["Giorgi Beridze", "Pyotr Sobolev", "Ruslan Abdykov"]);
  });

  it("reads a leader's video message in the present tense as a message", () => {
    const text =
      "The leaders meet on the coast today.\n\n15:30 UN Secretary-General Antonio Guterres addresses the leaders in a video message.\n\n" +
      "14:10 Russian President Pyotr Sobolev proposes a regional fund.\n\n13:35 Kyrgyz President Ruslan Abdykov speaks next.";
    const guterres = read(text).find((participant) => participant.nameAsStated === "Antonio Guterres");
    expect([guterres?.role.value, guterres?.mode.value]).toEqual(["speaker", "video_message"]);
  });
});
