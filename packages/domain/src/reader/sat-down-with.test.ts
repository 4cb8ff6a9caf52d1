// Leaders who "sat down with" others: several leaders at the table of the meeting the release is about all take part
// ("Presidents A and B of Russia and Belarus sat down with C, D and E"); talks with one counterpart, or set beside the
// meeting (on the sidelines, on the eve), name no one as taking part. Every person here is invented unless the
// knowledge holds them (Putin, Lukashenko, Tokayev, Japarov).
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (text: string) =>
  readPressRelease(text, knowledge).participants.map((participant) => {
    const person = participant.person.value;
    return person.status === "matched" ? person.label : person.proposed.name;
  });
const csto = (sentences: string) =>
  names(
    `DUSHANBE, April 28, 2003 - The presidents of the member states met in the Tajik capital for a session of the CSTO Collective Security Council. ${sentences}`,
  );

describe("a table of several leaders: all of them take part", () => {
  it("reads the subject and the leaders sat down with", () => {
    expect(
      csto(
        "Presidents Vladimir Putin and Alexander Lukashenko of Russia and Belarus sat down with Armenian President Armen Sargsian, Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov.",
      ),
    ).toEqual([
      "Vladimir Putin",
      "Alexander Lukashenko",
      "Armen Sargsian",
      "Kassym-Jomart Tokayev",
      "Sadyr Japarov",
    ]);
  });

  it("leaves out the one another stood in for", () => {
    expect(
      csto(
        "President Vladimir Putin sat down with Kazakh President Kassym-Jomart Tokayev and Armenian Deputy Prime Minister Hayk Martirosyan, who stood in for Prime Minister Aram Vardanyan, in the narrow format.",
      ),
    ).toEqual(["Vladimir Putin", "Kassym-Jomart Tokayev", "Hayk Martirosyan"]);
  });
});

describe("talks with one counterpart, or beside the meeting, name no one as taking part", () => {
  it.each([
    "President Vladimir Putin sat down with Kazakh President Kassym-Jomart Tokayev.",
    "On the sidelines, President Vladimir Putin sat down with Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov.",
    "On the eve of the session, President Vladimir Putin met with Kazakh President Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov.",
  ])("%s", (sentence) => {
    expect(csto(sentence)).toEqual([]);
  });
});
