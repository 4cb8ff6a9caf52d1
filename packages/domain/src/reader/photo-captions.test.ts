// Leaders named only in a photo's caption on the meeting ("Pictured: …", "In the photo: …"): whoever it shows was
// there, at a meeting that is no body the knowledge holds too. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const LIST = "Taking part were President of Azerbaijan Arif Gulamov and President of Russia Pavel Sedov.";
const names = (caption: string) =>
  readPressRelease(
    `TEHRAN, 16 October 2007 — The Summit of the Caspian States was held today. ${LIST}\n\n${caption}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("a leader shown in a photo's caption", () => {
  it.each([
    "Pictured: President of Kazakhstan Erlan Suleimenov with the other leaders.",
    "Pictured (left to right): President of Kazakhstan Erlan Suleimenov, President of Azerbaijan Arif Gulamov and President of Russia Pavel Sedov.",
    "In the photo: President of Kazakhstan Erlan Suleimenov and President of Russia Pavel Sedov.",
  ])("%s", (caption) => {
    expect(names(caption)).toEqual(["Arif Gulamov", "Pavel Sedov", "Erlan Suleimenov"]);
  });

  it("not the leader a caption shows at talks with someone", () => {
    expect(names("Pictured: talks with President of Kazakhstan Erlan Suleimenov.")).toEqual([
      "Arif Gulamov",
      "Pavel Sedov",
    ]);
  });
});
