// "Taking part were the leaders of Russia A, China B and Kyrgyzstan C": each leader with the country before his name,
// the plural noun before the first country shared by the list. Read against the product's reference data, which holds
// no posts, no one gets a new post called "the leaders of Russia". Every person here is invented.
import { expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { readPressRelease } from "./read-press-release";

it("gives no post for the plural noun the list shares, and each leader his country", () => {
  const proposal = readPressRelease(
    "ASTANA, 4 July 2024. The SCO summit was held in Astana. Taking part were the leaders of Russia Ivan Sokolov, China Li Wei and Kyrgyzstan Adil Osmonov.",
    referenceData,
  );
  expect(
    proposal.participants.map((participant) => [
      participant.nameAsStated,
      participant.country?.value.countryId,
      participant.post?.value ?? null,
    ]),
  ).toEqual([
    ["Ivan Sokolov", "RU", null],
    ["Li Wei", "CN", null],
    ["Adil Osmonov", "KG", null],
  ]);
});
