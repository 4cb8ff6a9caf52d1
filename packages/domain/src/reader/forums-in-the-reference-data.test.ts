// The forums the reference data gained on 8 December 2026 — the Asia-Europe Meeting, the East Asia Summit, the
// Bucharest Nine, the EU Med group (MED9), the Union for the Mediterranean, the South-East European Cooperation
// Process and the Council of the Baltic Sea States — read as the app reads them. Before, their summits had no body and
// every leader was read as a guest of a body the knowledge lacked. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { readPressRelease } from "./read-press-release";

const read = (text: string) => readPressRelease(text, referenceData);
const categories = (text: string) => read(text).participants.map((p) => [p.nameAsStated, p.category.value]);

describe("a summit of a forum the reference data holds", () => {
  it("is the forum's, and its partners' leaders are members", () => {
    const text =
      "BRUSSELS, 18 October 2018 - The 12th Asia-Europe Meeting (ASEM) Summit was held in Brussels. It was attended by Prime Minister Shinzo Abe of Japan, President Moon Jae-in of South Korea, Prime Minister Narendra Modi of India and Chancellor Angela Merkel of Germany.";
    expect(read(text).organizationId).toBe("asem");
    expect(categories(text)).toEqual([
      ["Shinzo Abe", "member_state"],
      ["Moon Jae-in", "member_state"],
      ["Narendra Modi", "member_state"],
      ["Angela Merkel", "member_state"],
    ]);
  });

  it("counts a partner from the day it joined", () => {
    const before =
      "HANOI, 8 October 2004 - The Fifth ASEM Summit was held in Hanoi. It was attended by Prime Minister Manmohan Singh of India and Prime Minister Junichiro Koizumi of Japan.";
    expect(categories(before)).toEqual([
      ["Manmohan Singh", "guest_state"],
      ["Junichiro Koizumi", "member_state"],
    ]);
  });

  it("reads the East Asia Summit, the Bucharest Nine and MED9 as their own bodies", () => {
    const eas =
      "JAKARTA, 7 September 2023 - The 18th East Asia Summit was held in Jakarta. It was attended by Prime Minister Anthony Albanese of Australia and Prime Minister Fumio Kishida of Japan.";
    expect(read(eas).organizationId).toBe("east-asia-summit");
    expect(categories(eas)).toEqual([
      ["Anthony Albanese", "member_state"],
      ["Fumio Kishida", "member_state"],
    ]);
    const b9 =
      "RIGA, 11 June 2024 - The Bucharest Nine (B9) Summit was held in Riga. It was attended by President Andrzej Duda of Poland and President Klaus Iohannis of Romania.";
    expect(read(b9).organizationId).toBe("bucharest-nine");
    const med9 =
      "MALTA, 29 September 2023 - The MED9 Summit was held in Malta. It was attended by Prime Minister Robert Abela of Malta and President Emmanuel Macron of France.";
    expect(read(med9).organizationId).toBe("eu-med-group");
    expect(categories(med9)).toEqual([
      ["Robert Abela", "member_state"],
      ["Emmanuel Macron", "member_state"],
    ]);
  });

  it("reads the Union for the Mediterranean, SEECP and CBSS", () => {
    expect(
      read(
        "PARIS, 13 July 2008 - The Paris Summit for the Mediterranean was held in Paris. It was attended by President Hosni Mubarak of Egypt.",
      ).organizationId,
    ).toBe("union-for-the-mediterranean");
    expect(
      read(
        "SKOPJE, 13 June 2024 - The SEECP Summit was held in Skopje. It was attended by President Aleksandar Vučić of Serbia.",
      ).organizationId,
    ).toBe("seecp");
    expect(
      read(
        "STRALSUND, 31 May 2012 - The Baltic Sea States Summit was held in Stralsund. It was attended by Chancellor Angela Merkel of Germany.",
      ).organizationId,
    ).toBe("cbss");
  });
});

describe("a handover of a forum the reference data holds", () => {
  it("names the forum", () => {
    const text =
      "KAMPALA, 20 January 2024. The 19th Summit of Heads of State and Government of the Non-Aligned Movement was held in Kampala. The summit was attended by President of Azerbaijan Elnur Hasanov and President of Uganda Moses Okello. President Hasanov handed over the chairmanship of the Non-Aligned Movement to President Okello for 2024–2027.";
    expect(read(text).chairmanships.map((term) => [term.organizationId, term.countryId])).toEqual([
      ["non-aligned-movement", "AZ"],
      ["non-aligned-movement", "UG"],
    ]);
  });
});

describe("an office of a forum founded after the meeting", () => {
  it("is not the one handed over", () => {
    const text =
      "VIENTIANE, 29 November 2004 - The 10th ASEAN Summit was held in Vientiane under the chairmanship of Prime Minister Bounnhang Vorachith of Laos. It was attended by Prime Minister Abdullah Ahmad Badawi of Malaysia. Malaysia will take over the chairmanship next year and host the first East Asia Summit in Kuala Lumpur in 2005.";
    expect(read(text).chairmanships.map((term) => [term.organizationId, term.countryId])).not.toContainEqual([
      "east-asia-summit",
      "MY",
    ]);
  });
});
