// A wire round-up's ways of saying who was at the table: the host "hosted leaders of the group", "opened the session
// by welcoming A, B and C", and a leader "who injured his head in a fall at home, took part by video link" (a relative
// clause between the name and the verb that says how). Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { participantsByName } from "./participants-test-reading";

const read = (body: string) =>
  participantsByName(
    `Leaders meet in Astana\n\nASTANA, 4 July 2024\n\n${body}`,
    eurasiaKnowledge,
    (participant) => participant.mode.value,
  );

describe("a round-up's host and the leaders welcomed", () => {
  it("takes the host of the group's leaders for a participant", () => {
    expect(
      read(
        "President of Kazakhstan Arman Seitov hosted leaders of the Shanghai Cooperation Organisation in Astana on Thursday. Prime Minister of the Kyrgyz Republic Adil Osmonov attended.",
      ),
    ).toEqual({ "Arman Seitov": "in_person", "Adil Osmonov": "in_person" });
  });

  it("takes the leaders welcomed as the session opened for participants", () => {
    expect(
      Object.keys(
        read(
          "The SCO summit was held in Astana. Seitov opened the session by welcoming Prime Minister of the Kyrgyz Republic Adil Osmonov and President of Tajikistan Rustam Nazarov.",
        ),
      ).sort(),
    ).toEqual(["Adil Osmonov", "Rustam Nazarov", "Seitov"]);
  });
});

describe("the mode of someone with a relative clause before the verb", () => {
  it("is the verb's, when the clause says nothing of it", () => {
    expect(
      read(
        "The SCO summit was held in Astana. President of Kazakhstan Arman Seitov, who injured his hand in a fall at home, took part by video link.",
      ),
    ).toEqual({ "Arman Seitov": "videoconference" });
  });

  it("is the clause's own, when it says how", () => {
    expect(
      read(
        "The SCO summit was held in Astana. Taking part were President of Kazakhstan Arman Seitov, who joined online, and Prime Minister of the Kyrgyz Republic Adil Osmonov.",
      ),
    ).toEqual({ "Arman Seitov": "videoconference", "Adil Osmonov": "in_person" });
  });
});

describe("guards", () => {
  it("leaves out the host of a dinner on another day", () => {
    expect(
      Object.keys(
        read(
          "The SCO summit was held in Astana. On the eve of the summit, President of Kazakhstan Arman Seitov hosted the leaders at a dinner. Prime Minister of the Kyrgyz Republic Adil Osmonov took part in the summit.",
        ),
      ),
    ).toEqual(["Adil Osmonov"]);
  });
});

describe("the leader who welcomed someone at the venue", () => {
  it("takes part, as the host", () => {
    expect(
      Object.keys(
        read(
          "Prime Minister of the Kyrgyz Republic Adil Osmonov attended the SCO summit. He arrived at the Palace of Independence, where he was warmly welcomed by President of Kazakhstan Arman Seitov.",
        ),
      ).sort(),
    ).toEqual(["Adil Osmonov", "Arman Seitov"]);
  });

  it("not one who met him at the airport", () => {
    expect(
      Object.keys(
        read(
          "Prime Minister of the Kyrgyz Republic Adil Osmonov attended the SCO summit. At the airport he was welcomed by Prime Minister of Kazakhstan Arman Seitov.",
        ),
      ),
    ).toEqual(["Adil Osmonov"]);
  });
});
