// Read against the product's reference data, the adjectives and abbreviations of news and official releases give a
// title its country: "Kyrgyz President X", "Uzbek President Y", "UAE President Z", "UK Prime Minister W" (the
// reference data's generated demonyms are "Kirghiz", "Uzbekistani"; it had no "UAE" or "UK"). Every person here is
// invented.
import { expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { countryMentions } from "./mentions";
import { participantsByName } from "./participants-test-reading";

/** Each participant's country, by name as stated. */
const countries = (text: string) =>
  participantsByName(text, referenceData, (participant) => participant.country?.value.countryId);

it("gives a title the country of an adjective or abbreviation in common use", () => {
  expect(
    countries(
      "ASTANA, 4 July 2024. The SCO summit was held in Astana. The meeting was attended by Kyrgyz President Adil Osmonov, Tajik President Rustam Nazarov, Uzbek President Botir Karimov, Saudi Crown Prince Faisal Nasser, UAE President Khalid Saeed and UK Prime Minister John Hartley.",
    ),
  ).toEqual({
    "Adil Osmonov": "KG",
    "Rustam Nazarov": "TJ",
    "Botir Karimov": "UZ",
    "Faisal Nasser": "SA",
    "Khalid Saeed": "AE",
    "John Hartley": "GB",
  });
});

it("gives a title the country of ASEAN's short form and of an older name", () => {
  expect(
    countries(
      "VIENTIANE, 9 October 2024. The 44th ASEAN Summit was held under the chairmanship of Prime Minister of the Lao PDR Khamla Vongsa. Attending was the President of Kirghizia, Adil Osmonov.",
    ),
  ).toEqual({ "Khamla Vongsa": "LA", "Adil Osmonov": "KG" });
});

it("matches an abbreviation only as written in capitals", () => {
  const text = "The US side told us the uae and the UAE delegations had met.";
  expect(countryMentions(text, referenceData).map((mention) => [mention.asStated, mention.id])).toEqual([
    ["US", "US"],
    ["UAE", "AE"],
  ]);
});
