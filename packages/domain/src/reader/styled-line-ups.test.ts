// A secretariat's line-up of the people at its summit (the styles3 round): an opening sentence that ends in a colon
// and leads into the list, and each person on two lines, the style and name and then the post, with two offices of one
// person on the post's line. Every sentence here is made up for the rule it tests; the people are invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { participantsOn } from "./participants-test-reading";
import { readPressRelease } from "./read-press-release";

const CIS = ids.organization("cis-council-of-heads-of-state");

const people = (text: string) =>
  participantsOn(text, { date: "2019-03-12", organizationId: CIS }).map((p) => [
    p.nameAsStated,
    p.post === null
      ? null
      : p.post.value.status === "matched"
        ? p.post.value.id
        : `new:${p.post.value.proposed.label}`,
  ]);

const HEADING = "The Council held its session in Minsk on 12 March 2019, with the participation of:";

describe("an opening sentence that ends in a colon", () => {
  const release = (opening: string) =>
    `Council of Heads of State – Press Service\n\nFinal statement of the session\n\nMinsk, 12 March 2019\n\n${opening}\n\nH.E. Mr. Daniyar Serikov, President of Kazakhstan\n\nH.E. Mr. Aibek Toktogulov, President of Kyrgyzstan\n\nThe leaders adopted the Minsk Declaration.`;

  it("is running text: the lines after it are the body's, and their people are read", () => {
    const meeting = readPressRelease(release(HEADING), eurasiaKnowledge);
    expect(meeting.participants.map((p) => p.nameAsStated)).toEqual(["Daniyar Serikov", "Aibek Toktogulov"]);
    expect(meeting.publicationDate?.value).toBe("2019-03-12");
  });

  it("guard: a short label ending in a colon stays in the header, and the dateline after it still dates the release", () => {
    const text = `Press statement:\n\nMinsk, 12 March 2019\n\nThe Council held its session in Minsk today. President Daniyar Serikov of Kazakhstan took part.`;
    const meeting = readPressRelease(text, eurasiaKnowledge);
    expect(meeting.publicationDate?.value).toBe("2019-03-12");
    expect(meeting.participants.map((p) => p.nameAsStated)).toEqual(["Daniyar Serikov"]);
  });
});

describe("a person on two lines: the style and name, then the post", () => {
  it("takes the next line as the post of a name under a style alone", () => {
    const text = `${HEADING}\n\nHis Excellency Mr. Daniyar Serikov\nPresident of the Republic of Kazakhstan\n\nHis Excellency Mr. Aibek Toktogulov\nPresident of the Kyrgyz Republic\n\nThe talks lasted three hours.`;
    expect(people(text)).toEqual([
      ["Daniyar Serikov", "pstpresidentofkazakhstan"],
      ["Aibek Toktogulov", "pstpresidentofkyrgyzstan"],
    ]);
  });

  it("takes the office scoped by the country when the post's line holds two joined by 'and'", () => {
    const text = `${HEADING}\n\nHis Royal Highness Prince Faris bin Khalid Al Mansour\nCrown Prince and Prime Minister of the Kingdom of Bahrain\n\nHis Excellency Mr. Aibek Toktogulov\nPresident of the Kyrgyz Republic`;
    expect(people(text)[0]).toEqual(["Faris bin Khalid Al Mansour", "new:Prime Minister of Bahrain"]);
  });

  it("guard: a stand-in's line keeps his own office, not the ruler's he represents", () => {
    const text = `${HEADING}\n\nHis Excellency Sheikh Nasser bin Fahad Al Hamad\nMinister of Foreign Affairs and Representative of His Highness the Amir of the State of Kuwait\n\nHis Excellency Mr. Aibek Toktogulov\nPresident of the Kyrgyz Republic`;
    expect(people(text)[0]).toEqual(["Nasser bin Fahad Al Hamad", "new:Foreign Minister of Kuwait"]);
  });

  it("guard: a second name on the next line is a second person, not a post", () => {
    const text = `${HEADING}\n\nHis Excellency Mr. Daniyar Serikov\nHis Excellency Mr. Aibek Toktogulov\n\nThe talks lasted three hours.`;
    expect(people(text).map(([name]) => name)).toEqual(["Daniyar Serikov", "Aibek Toktogulov"]);
  });

  it("guard: an office on the next line scoped by no country or organization is left alone", () => {
    const text = `${HEADING}\n\nHis Excellency Mr. Daniyar Serikov\nMinister of Foreign Affairs\n\nHis Excellency Mr. Aibek Toktogulov, President of Kyrgyzstan`;
    expect(people(text).find(([name]) => name === "Daniyar Serikov")?.[1]).not.toBe("new:Foreign Minister");
  });

  it("guard: a name that already has its post keeps it, and the line after it is not read as his", () => {
    const text = `${HEADING}\n\nH.E. Mr. Daniyar Serikov, President of Kazakhstan\nPresident of the Kyrgyz Republic\n\nThe talks lasted three hours.`;
    expect(people(text)[0]).toEqual(["Daniyar Serikov", "pstpresidentofkazakhstan"]);
  });

  it("guard: a post after a blank line belongs to no one on the line before", () => {
    const text = `${HEADING}\n\nHis Excellency Mr. Daniyar Serikov\n\nPresident of the Kyrgyz Republic\n\nThe talks lasted three hours.`;
    expect(people(text)[0]?.[1]).not.toBe("pstpresidentofkyrgyzstan");
  });
});
