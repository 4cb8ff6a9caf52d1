// The outgoing holder's first year from a range of years beside its office: "Kazakhstan's 2023–2024 chairmanship",
// "the Kazakh chairmanship (2023–2024)"; never from a range that ends after the meeting's year, which is the term to
// come ("Kazakhstan handed the chairmanship for 2024–2025 to China" at a 2024 meeting). Every sentence is written for
// these tests.
import { expect, it } from "vitest";
import { termsOf } from "./chairmanship-test-reading";
import { ids } from "./fixtures/world-knowledge";

const ots = ids.organization("ots");
const [KZ, KG] = ["KZ", "KG"].map(ids.country);
const DAY = "2024-11-06";

it.each([
  "Kazakhstan's 2023–2024 chairmanship ended, and Kyrgyzstan assumed the presidency.",
  "The Kazakh chairmanship (2023–2024) was summed up. Kyrgyzstan assumed the presidency.",
  "Tokayev summed up the results of Kazakhstan's chairmanship of the Organization in 2023–2024. Kyrgyzstan assumed the presidency.",
])("dates the outgoing term from the range beside its office: %s", (text) => {
  expect(termsOf(text, DAY, ots)).toEqual([
    [KZ, "2023", DAY],
    [KG, DAY, null],
  ]);
});

it("takes no first year from the range of the term to come", () => {
  expect(termsOf("Kazakhstan handed the chairmanship for 2024–2025 to Kyrgyzstan.", DAY, ots)).toEqual([
    [KZ, null, DAY],
    [KG, DAY, null],
  ]);
});
