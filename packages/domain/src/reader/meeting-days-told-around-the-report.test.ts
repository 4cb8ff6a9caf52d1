// The meeting's days told around the report rather than written out: "last night" (the day before the date line),
// "held talks … on Friday" and "At a summit … on Friday" (a weekday with no verb of a meeting held: the date line's own
// day was taken), a meeting that "opened on Thursday" and "closed today" (one day was taken), and a preparatory meeting
// of ministers dated before the summit ("The foreign ministers met on 5 December. The summit followed on 6 December":
// the ministers' day was taken). Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { handovers5Knowledge } from "./fixtures/handovers5-knowledge";
import { readPressRelease } from "./read-press-release";

const LEADERS = "President of Argentina Javier Milei and President of Uruguay Luis Lacalle Pou took part.";
const days = (text: string) => {
  const proposal = readPressRelease(`${text} ${LEADERS}`, handovers5Knowledge);
  return [proposal.startDate?.value ?? null, proposal.endDate?.value ?? null];
};
// 6 December 2024 was a Friday.
const FRIDAY = "MONTEVIDEO, Dec 6, 2024 (Agency) -";
const SATURDAY = "MONTEVIDEO, Dec 7, 2024 (Agency) -";

describe("a day counted from the date line", () => {
  it.each([
    [`${FRIDAY} Mercosur leaders met in Montevideo last night.`, "2024-12-05"],
    [`${SATURDAY} Mercosur leaders held talks in Montevideo on Friday.`, "2024-12-06"],
    [
      `${SATURDAY} At a summit in Montevideo on Friday, Mercosur leaders agreed on a declaration.`,
      "2024-12-06",
    ],
    // As before.
    [`${FRIDAY} Mercosur leaders met in Montevideo yesterday.`, "2024-12-05"],
    [`${FRIDAY} Mercosur leaders met in Montevideo today.`, "2024-12-06"],
  ])("%s", (text, day) => {
    expect(days(text)).toEqual([day, day]);
  });

  it.each([
    `${FRIDAY} The Mercosur summit, which opened on Thursday, closed today.`,
    `${FRIDAY} The Mercosur summit closed today after opening on Thursday.`,
    `${FRIDAY} Mercosur leaders ended their summit in Montevideo today. They had begun their talks on Thursday.`,
  ])("the days it opened and closed on: %s", (text) => {
    expect(days(text)).toEqual(["2024-12-05", "2024-12-06"]);
  });

  it("not a meeting to come", () => {
    expect(
      days(
        `${FRIDAY} Mercosur leaders met in Montevideo today. The next summit will be held on Thursday in Asunción.`,
      ),
    ).toEqual(["2024-12-06", "2024-12-06"]);
  });
});

describe("a preparatory meeting's day", () => {
  const DATELINE = "Montevideo, 9 December 2024\n\n";
  it.each([
    "The foreign ministers met on 5 December. The 65th Mercosur summit followed on 6 December.",
    "On 5 December, foreign ministers prepared the 65th Mercosur summit, which took place on 6 December.",
    "The senior officials gathered on 5 December. The 65th Mercosur summit was held in Montevideo on 6 December.",
    // As before.
    "The 65th Mercosur summit was held in Montevideo on 6 December. On 5 December, the foreign ministers met to prepare it.",
  ])("is not the summit's: %s", (text) => {
    expect(days(`${DATELINE}${text}`)).toEqual(["2024-12-06", "2024-12-06"]);
  });

  it("is the meeting's when nothing else dates it (a ministers' meeting)", () => {
    expect(days(`${DATELINE}The Mercosur foreign ministers met in Montevideo on 5 December.`)).toEqual([
      "2024-12-05",
      "2024-12-05",
    ]);
  });
});

describe("a sentence that also names a meeting to come", () => {
  it("still dates this one by its own word", () => {
    expect(
      days(
        `${FRIDAY} Mercosur leaders met in Montevideo yesterday; the next summit will be held in Asunción.`,
      ),
    ).toEqual(["2024-12-05", "2024-12-05"]);
  });

  it("is no date of a talk to come", () => {
    expect(
      days(`${SATURDAY} Mercosur leaders will hold talks in Asunción on Friday. Mercosur leaders met today.`),
    ).toEqual(["2024-12-07", "2024-12-07"]);
  });
});
