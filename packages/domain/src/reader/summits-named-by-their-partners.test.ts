// "Also at the summit were A and B" is a list of those who took part; a summit named by two partners ("China–Central
// Asia Summit") is this meeting when the headline names it, so its chair is this meeting's. Every person here is
// invented.
import { describe, expect, it } from "vitest";
import { participantsOn } from "./participants-test-reading";

const roles = (text: string) =>
  participantsOn(text, { date: "2025-06-17", organizationId: null }).map((p) => [
    p.nameAsStated,
    p.role.value,
  ]);

describe("'Also at the summit were'", () => {
  it("opens a list of those who took part", () => {
    expect(
      roles(
        "Summit in Astana\n\nThe leaders met in Astana. Also at the summit were President of Kyrgyzstan Aibek Asanov and President of Tajikistan Farrukh Nazarov.",
      ),
    ).toEqual([
      ["Aibek Asanov", "head_of_delegation"],
      ["Farrukh Nazarov", "head_of_delegation"],
    ]);
  });

  it("is no list before a verb of what was done there", () => {
    expect(
      roles("Summit in Astana\n\nAt the summit were signed the Treaty on Friendship and a declaration."),
    ).toEqual([]);
  });
});

describe("a summit named by two partners", () => {
  const sentence =
    "The leaders met for the China–Central Asia Summit, which was chaired by the host, President of Kazakhstan Arman Seitov. Also at the summit were President of Kyrgyzstan Aibek Asanov and President of Tajikistan Farrukh Nazarov.";

  it("is this meeting when the headline names it: its chair is this meeting's", () => {
    expect(roles(`Second China–Central Asia Summit held in Astana\n\n${sentence}`)).toContainEqual([
      "Arman Seitov",
      "chair",
    ]);
  });

  it("is another meeting when the headline does not name it", () => {
    expect(roles(`Leaders meet in Astana\n\n${sentence}`)).not.toContainEqual(["Arman Seitov", "chair"]);
  });
});
