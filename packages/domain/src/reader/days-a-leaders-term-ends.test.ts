// The day a leader's term ends, or he leaves or takes office, is not the meeting's: "For President Humala, whose term
// ends on 28 July, it was the last summit", "Santos, who steps down on 7 August". Every person here is invented.
import { describe, expect, it } from "vitest";
import { chairs7Knowledge as knowledge } from "./fixtures/chairs7-knowledge";
import { readPressRelease } from "./read-press-release";

const dateOf = (text: string) => readPressRelease(text, knowledge).startDate?.value ?? null;

const summit =
  "The XI Summit of the Pacific Alliance was held this Friday in Puerto Varas. President Lucía Ferrer welcomed the delegations. The President of Colombia, Diego Rojas, the President of Mexico, Arturo Salinas, and the President of Peru, Jorge Quispe, took part.";

describe("the day a leader's term ends is not the meeting's", () => {
  it('skips "whose term ends on 28 July"', () => {
    expect(
      dateOf(
        `Puerto Varas, 1 July 2016\n\n${summit} For President Quispe, whose term ends on 28 July, it was the last summit of the bloc.`,
      ),
    ).toBe("2016-07-01");
  });

  it('skips "who steps down on 7 August"', () => {
    expect(
      dateOf(
        `Puerto Varas, 1 July 2016\n\n${summit} It was the last summit for President Rojas, who steps down on 7 August.`,
      ),
    ).toBe("2016-07-01");
  });

  it('skips "whose mandate expires on 28 July"', () => {
    expect(
      dateOf(
        `Puerto Varas, 1 July 2016\n\n${summit} It was the farewell summit of President Quispe, whose mandate expires on 28 July.`,
      ),
    ).toBe("2016-07-01");
  });
});

describe("guards: the meeting's own day stays", () => {
  it("keeps a day the meeting was held on", () => {
    expect(
      dateOf(
        "Puerto Varas, 2 July 2016\n\nThe XI Summit of the Pacific Alliance was held on 1 July in Puerto Varas. The President of Colombia, Diego Rojas, and the President of Peru, Jorge Quispe, took part.",
      ),
    ).toBe("2016-07-01");
  });

  it("keeps the date line's day beside a term that ends today", () => {
    expect(
      dateOf(
        `Puerto Varas, 1 July 2016\n\n${summit} President Ferrer, whose term at the head of the Alliance ends today, handed over to Colombia.`,
      ),
    ).toBe("2016-07-01");
  });
});
