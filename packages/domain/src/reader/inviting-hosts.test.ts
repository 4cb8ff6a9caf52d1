// The host who invited (the styles3 round): "At the kind invitation of X", "In response to the gracious invitation of
// X", the courtesy words of royal releases, name the chair when the text names no other; with another chair named, the
// one who only invited (the host's sovereign) takes no part. Every sentence here is made up for the rule it tests; the
// people are invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (body: string) => {
  const meeting = readPressRelease(`Manama, 3 May 2022\n\n${body}`, eurasiaKnowledge);
  return meeting.participants.map((p) => [p.nameAsStated, p.role.value]);
};

describe("the host who invited", () => {
  it.each(["At the kind invitation of", "In response to the gracious invitation of", "At the invitation of"])(
    "is the chair after '%s' when no one else chairs",
    (words) => {
      expect(
        read(
          `${words} His Majesty King Faisal bin Omar Al Mansour, King of the Kingdom of Bahrain, the leaders met in Manama on 3 May 2022. President Daniyar Serikov of Kazakhstan took part.`,
        ),
      ).toEqual([
        ["Faisal bin Omar Al Mansour", "chair"],
        ["Daniyar Serikov", "head_of_delegation"],
      ]);
    },
  );

  it.each(["At the kind invitation of", "At the invitation of"])(
    "guard: after '%s', with the meeting chaired by someone else, takes no part",
    (words) => {
      expect(
        read(
          `${words} His Majesty King Faisal bin Omar Al Mansour, King of the Kingdom of Bahrain, the summit was held in Manama on 3 May 2022 and was chaired by His Royal Highness Prince Salman bin Faisal, Crown Prince of Bahrain. President Daniyar Serikov of Kazakhstan took part.`,
        ),
      ).toEqual([
        ["Salman bin Faisal", "chair"],
        ["Daniyar Serikov", "head_of_delegation"],
      ]);
    },
  );

  it("guard: one who invited and is named taking part too stays a participant", () => {
    expect(
      read(
        "At the kind invitation of His Majesty King Faisal bin Omar Al Mansour, King of the Kingdom of Bahrain, the summit was held in Manama on 3 May 2022 and was chaired by His Royal Highness Prince Salman bin Faisal, Crown Prince of Bahrain. King Faisal bin Omar Al Mansour also addressed the summit.",
      ).map(([name]) => name),
    ).toContain("Faisal bin Omar Al Mansour");
  });
});
