// Two phrasings of Organization of Turkic States reports, written in our own words: "The summit is being attended by
// A, B, …" (the present progressive, as a wire story on the day writes it: before, only a mention list, the first
// "named as merely mentioned: attended by"), and "The summit was chaired by A and B, C, D and E made statements at
// the meeting" (a chair, then a new clause whose subject is the list: before, every name but the last was a chair).
// Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { readPressRelease } from "./read-press-release";

const read = (dateline: string, body: string) =>
  readPressRelease(`${dateline}\n\n${body}\n`, referenceData).participants.map((participant) => [
    participant.nameAsStated,
    participant.role.value,
  ]);

describe("a list after 'is being attended by'", () => {
  it.each([
    "The summit is being attended by Azerbaijani President Ilham Aliyev, Kazakhstan's President Kassym-Jomart Tokayev and Hungarian Prime Minister Viktor Orban.",
    "The summit is attended by Azerbaijani President Ilham Aliyev, Kazakhstan's President Kassym-Jomart Tokayev and Hungarian Prime Minister Viktor Orban.",
    "The summit has been attended by Azerbaijani President Ilham Aliyev, Kazakhstan's President Kassym-Jomart Tokayev and Hungarian Prime Minister Viktor Orban.",
  ])("%s", (sentence) => {
    expect(
      read(
        "ANKARA, 16 March 2023",
        `An extraordinary summit of the Organization of Turkic States began in Ankara on Thursday, chaired by Turkish President Recep Tayyip Erdogan. ${sentence}`,
      ),
    ).toEqual([
      ["Recep Tayyip Erdogan", "chair"],
      ["Ilham Aliyev", "head_of_delegation"],
      ["Kassym-Jomart Tokayev", "head_of_delegation"],
      ["Viktor Orban", "head_of_delegation"],
    ]);
  });
});

describe("a chair, then the speakers as a clause of their own", () => {
  it("makes the first the chair and the rest heads of delegation", () => {
    expect(
      read(
        "BISHKEK, 6 November 2024",
        "The 11th Summit of the Organization of Turkic States closed in Bishkek on Wednesday. The summit was chaired by the President of Kyrgyzstan Sadyr Japarov and President of Azerbaijan Ilham Aliyev, President of Kazakhstan Kassym-Jomart Tokayev and Prime Minister of Hungary Viktor Orbán made statements at the meeting.",
      ),
    ).toEqual([
      ["Sadyr Japarov", "chair"],
      ["Ilham Aliyev", "head_of_delegation"],
      ["Kassym-Jomart Tokayev", "head_of_delegation"],
      ["Viktor Orbán", "head_of_delegation"],
    ]);
  });

  it("keeps two co-chairs who made statements in a relative clause", () => {
    expect(
      read(
        "BISHKEK, 6 November 2024",
        "The summit of the Organization of Turkic States was co-chaired by the President of Kyrgyzstan Sadyr Japarov and President of Azerbaijan Ilham Aliyev, who made statements at the meeting.",
      ),
    ).toEqual([
      ["Sadyr Japarov", "chair"],
      ["Ilham Aliyev", "chair"],
    ]);
  });
});
