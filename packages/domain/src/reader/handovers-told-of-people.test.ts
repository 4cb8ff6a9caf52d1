// Handovers told of the leaders at the table or of the day (handovers2 round, third part), read in a whole release so
// that a participant's family name stands for his country: a good wish to the next chair's leader ("Tokayev wished Xi
// Jinping success in the presidency of the Organisation"), "the presidency now belongs to X", "From today, X holds the
// presidency", "on the start of X's presidency", and "W's presidency is over; X's begins". Each with what it must not
// read. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readPressRelease } from "./read-press-release";

const [KZ, CN] = [ids.country("KZ"), ids.country("CN")];

/** The terms read from a short SCO release chaired by Kazakhstan's president, with `sentence` as its last paragraph. */
const terms = (sentence: string) =>
  readPressRelease(
    `Astana, 4 July 2024\n\nThe meeting of the SCO Council of Heads of State was held in Astana, chaired by President of Kazakhstan Kassym-Jomart Tokayev. Taking part were President of China Xi Jinping, President of Russia Vladimir Putin and President of Uzbekistan Shavkat Mirziyoyev.\n\n${sentence}\n`,
    eurasiaKnowledge,
  ).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);

const handover = [
  [KZ, "2023-07-04", "2024-07-04"],
  [CN, "2024-07-04", null],
];

describe("the next holder told of people or of the day", () => {
  it.each([
    "Tokayev wished Xi Jinping success in the presidency of the Organisation.",
    "Kassym-Jomart Tokayev wished President Xi Jinping every success in the chairmanship.",
    "The presidency now belongs to China.",
    "From today, China holds the SCO presidency.",
    "Tokayev congratulated Xi Jinping on the start of China's presidency.",
    "Kazakhstan's presidency is over; China's begins.",
  ])("%s", (sentence) => {
    expect(terms(sentence)).toEqual(handover);
  });

  it.each([
    // A president's own office.
    "Tokayev wished Xi Jinping success in his presidency.",
    // Success in something else.
    "Tokayev wished Xi Jinping success in the talks on trade.",
    // Something other than the office belongs to the country.
    "The decision belongs to China.",
    // The holder now, with no day it began.
    "China holds the presidency of the Security Council.",
    // Not the start of the term.
    "The leaders marked the tenth anniversary of China's presidency of the forum.",
  ])("reads no handover: %s", (sentence) => {
    expect(terms(sentence)).toEqual([]);
  });
});
