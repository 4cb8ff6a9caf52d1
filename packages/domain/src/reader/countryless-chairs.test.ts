// The chair of a body's meeting whose leader's title names no country is a member's leader hosting it, not a guest or
// another organization's official. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (body: string) =>
  Object.fromEntries(
    readPressRelease(
      `Heads of government meet

Beijing, 14 October 2009

${body}`,
      eurasiaKnowledge,
    ).participants.map((participant) => [
      participant.nameAsStated,
      [participant.category.value, participant.role.value],
    ]),
  );

describe("a chair whose title names no country", () => {
  it("is a member's leader, though the title's words name a council", () => {
    expect(
      read(
        "Premier of the State Council Li Wenbo chaired the meeting of the SCO Council of Heads of Government in Beijing. Prime Minister of the Republic of Kazakhstan Arman Seitov and Prime Minister of the Kyrgyz Republic Adil Osmonov took part.",
      ),
    ).toEqual({
      "Li Wenbo": ["member_state", "chair"],
      "Arman Seitov": ["member_state", "head_of_delegation"],
      "Adil Osmonov": ["member_state", "head_of_delegation"],
    });
  });

  it("is a member's leader when only the capital he welcomed them to says whose", () => {
    expect(
      read(
        "The meeting of the SCO Council of Heads of Government was held in Beijing. Prime Minister Li Wenbo, who welcomed the leaders to the capital, chaired it. Prime Minister of the Republic of Kazakhstan Arman Seitov and Prime Minister of the Kyrgyz Republic Adil Osmonov took part.",
      )["Li Wenbo"],
    ).toEqual(["member_state", "chair"]);
  });
});

describe("guards", () => {
  it("leaves a leader with no country who does not chair as he was read", () => {
    const categories = read(
      "The meeting of the SCO Council of Heads of Government was held in Beijing under the chairmanship of Prime Minister of the Republic of Kazakhstan Arman Seitov. Prime Minister Li Wenbo, who was invited as a guest, and Prime Minister of the Kyrgyz Republic Adil Osmonov took part.",
    );
    expect(categories["Li Wenbo"]).toEqual(["guest_state", "head_of_delegation"]);
  });

  it("leaves an organization's official chairing an organization's official", () => {
    const categories = read(
      "The meeting of the SCO Council of Heads of Government was held in Beijing. Secretary-General Bolat Nurgaliyev chaired it. Prime Minister of the Republic of Kazakhstan Arman Seitov and Prime Minister of the Kyrgyz Republic Adil Osmonov took part.",
    );
    expect(categories["Bolat Nurgaliyev"]?.[0]).toBe("igo_official");
  });
});
