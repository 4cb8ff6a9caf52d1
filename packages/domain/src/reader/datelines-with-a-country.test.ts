// A wire's dateline with the country after the city ("PUERTO VALLARTA, Mexico, July 24, 2018 –") or a city in capitals
// with an accent ("LOMÉ, July 30, 2018 –"), opening a sentence whose subject is a list before its verb ("Leaders of …
// met"): the dateline is the sentence's lead, not the first items of the list. Before, the city and the day were read
// as two people (the Pacific Alliance and ECOWAS–ECCAS fixtures). And a region named in such a subject ("heads of state
// of West and Central Africa met") is no person either. Every person here is invented.
import { describe, expect, it } from "vitest";
import { chairs7Knowledge as knowledge } from "./fixtures/chairs7-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (text: string) =>
  readPressRelease(text, knowledge).participants.map((participant) => participant.nameAsStated);

const BODY =
  "Leaders of the Pacific Alliance met on Tuesday for the bloc's summit. Mexican President Tomás Ibarrola chaired it.";

describe("a dateline with the country after the city", () => {
  it.each([
    `PUERTO VALLARTA, Mexico, July 24, 2018 – ${BODY}`,
    `PUERTO VALLARTA, Mexico, 24 July 2018 — ${BODY}`,
    `Puerto Vallarta, Mexico, Jul. 24 – ${BODY}`,
    `LOMÉ, July 30, 2018 – ${BODY}`,
    `SÃO PAULO, Brazil, July 24, 2018 – ${BODY}`,
  ])("%s", (text) => {
    expect(names(text)).toEqual(["Tomás Ibarrola"]);
  });

  it("still reads people listed after such a dateline", () => {
    expect(
      names(
        "PUERTO VALLARTA, Mexico, July 24, 2018 – Mexican President Tomás Ibarrola and Chilean President Rosa Undurraga met on Tuesday at the Pacific Alliance summit.",
      ),
    ).toEqual(["Tomás Ibarrola", "Rosa Undurraga"]);
  });
});

describe("a region in a list's subject", () => {
  it.each([
    "Heads of state of West and Central Africa met on Monday in Lomé for the Pacific Alliance summit. Mexican President Tomás Ibarrola chaired it.",
    "Leaders of Latin America and the Caribbean met on Monday at the Pacific Alliance summit. Mexican President Tomás Ibarrola chaired it.",
    "Presidents from South America and Central America met on Monday at the Pacific Alliance summit. Mexican President Tomás Ibarrola chaired it.",
  ])("%s", (text) => {
    expect(names(text)).toEqual(["Tomás Ibarrola"]);
  });

  it("keeps a person whose name only contains a region's word", () => {
    expect(
      names(
        "Mexican President Tomás Ibarrola and Asia Ramírez, Foreign Minister of Chile, met on Monday at the Pacific Alliance summit.",
      ),
    ).toEqual(["Tomás Ibarrola", "Asia Ramírez"]);
  });
});
