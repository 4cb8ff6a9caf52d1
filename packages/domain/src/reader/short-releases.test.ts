// A short release pasted without a headline, whose sentences are all short ("ASTANA, 4 July 2024. The SCO summit was
// held in Astana. The heads of state present were:" and one line per leader), is running text, not a header: it is
// read, never refused as "not a meeting". Every person here is invented.
import { expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { readPressRelease } from "./read-press-release";

it.each([
  "ASTANA, 4 July 2024. The SCO summit was held in Astana. The heads of state present were:\nH.E. Mr. Li Wei, President of the People's Republic of China\nH.E. Mr. Ivan Sokolov, President of the Russian Federation",
  "ASTANA, 4 July 2024. The SCO summit was held in Astana. Present were:\nPresident of the People's Republic of China Li Wei\nPresident of the Russian Federation Ivan Sokolov",
])("reads a short release of short sentences: %s", (text) => {
  const proposal = readPressRelease(text, referenceData);
  expect(proposal.startDate?.value).toBe("2024-07-04");
  expect(proposal.participants.map((participant) => participant.country?.value.countryId)).toEqual([
    "CN",
    "RU",
  ]);
});

it("keeps a headline and a date line before the body as the header", () => {
  const proposal = readPressRelease(
    "Leaders meet in Astana\n12.11.2020 10:58\n\nThe meeting of the SCO Council of Heads of State was held in Astana on 10 November. President of the Russian Federation Ivan Sokolov took part.",
    referenceData,
  );
  expect(proposal.publicationDate?.value).toBe("2020-11-12T10:58");
  expect(proposal.startDate?.value).toBe("2020-11-10");
});
