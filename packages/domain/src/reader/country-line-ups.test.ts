// A line-up of countries with no names (the second styles round, a presidential website's item): "The summit brought
// together the heads of state of A, B, C and D", the leaders then named in their speeches, with or without a title
// ("The head of state of Kyrgyzstan X spoke …", "Emomali Rahmon drew attention …"). Every sentence here is made up for
// the rule it tests.
import { describe, expect, it } from "vitest";
import { participantsOn } from "./participants-test-reading";

// No body the reference data holds: the countries lined up stand for its members.
const MEETING = { date: "2024-08-09", organizationId: null };

const namesOf = (text: string) => participantsOn(text, MEETING).map((p) => p.nameAsStated);

const GUESTS =
  "President of Azerbaijan Ilham Aliyev and President of Türkiye Recep Tayyip Erdoğan took part as guests of honour.";

describe("the leaders of countries lined up without names", () => {
  it.each([
    "The summit brought together the heads of state of Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.",
    "The meeting was attended by the presidents of Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.",
  ])("takes the ones named alone or by title after '%s'", (lineUp) => {
    expect(
      namesOf(
        `${lineUp} ${GUESTS} Emomali Rahmon drew attention to the border. President of Turkmenistan Serdar Berdimuhamedov thanked the hosts. Shavkat Mirziyoyev proposed a trade target.`,
      ),
    ).toEqual([
      "Ilham Aliyev",
      "Recep Tayyip Erdoğan",
      "Emomali Rahmon",
      "Serdar Berdimuhamedov",
      "Shavkat Mirziyoyev",
    ]);
  });

  it("reads no leader of a country the line-up leaves out", () => {
    expect(
      namesOf(
        `The summit brought together the heads of state of Kyrgyzstan and Turkmenistan. ${GUESTS} Shavkat Mirziyoyev proposed a trade target.`,
      ),
    ).toEqual(["Ilham Aliyev", "Recep Tayyip Erdoğan"]);
  });

  it("reads no line-up in a list that holds more than countries", () => {
    expect(
      namesOf(
        `The summit brought together the heads of state of Kyrgyzstan and Tajikistan and experts. ${GUESTS} Emomali Rahmon drew attention to the border.`,
      ),
    ).toEqual(["Ilham Aliyev", "Recep Tayyip Erdoğan"]);
  });

  it("leaves out a leader the sentence says was not there", () => {
    expect(
      namesOf(
        `The summit brought together the heads of state of Kyrgyzstan, Tajikistan and Uzbekistan. ${GUESTS} Emomali Rahmon did not travel to the summit.`,
      ),
    ).toEqual(["Ilham Aliyev", "Recep Tayyip Erdoğan"]);
  });
});
