// A verb of chairing in the future whose object is the body itself or a span of time ("President X will chair the
// organisation for the next six months, until the summit to be held in …", "will preside over the bloc until the end
// of June"): a term of office to come, which makes no one chair of this meeting. Guards: a chair of this meeting in
// the past, also beside a later event. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { handovers5Knowledge } from "./fixtures/handovers5-knowledge";
import { readPressRelease } from "./read-press-release";

/** The chairs read from a short Mercosur release of 6 December 2024, with `sentence` as its last paragraph. */
const chairs = (sentence: string) =>
  readPressRelease(
    `Montevideo, 6 December 2024\n\nThe 65th Mercosur summit was held in Montevideo. Taking part were President of Argentina Javier Milei, President of Brazil Luiz Inácio Lula da Silva, President of Paraguay Santiago Peña and President of Uruguay Luis Lacalle Pou.\n\n${sentence}\n`,
    handovers5Knowledge,
  )
    .participants.filter((participant) => participant.role.value === "chair")
    .map((participant) => participant.nameAsStated);

describe("a chair to come", () => {
  it.each([
    "President Milei will chair the organisation for the next six months, until the summit to be held in Buenos Aires in July.",
    "President Milei will chair the bloc until the end of June, when the summit will be held in Buenos Aires.",
    "President Milei shall preside over the Union for the following six months, until the summit to be held in Buenos Aires in July.",
  ])("makes no chair: %s", (sentence) => {
    expect(chairs(sentence)).toEqual([]);
  });
});

describe("guards", () => {
  it.each([
    "President Lacalle Pou chaired the summit.",
    "President Lacalle Pou chaired the summit, the last to be held in Montevideo this year.",
  ])("the chair of this meeting: %s", (sentence) => {
    expect(chairs(sentence)).toEqual(["Luis Lacalle Pou"]);
  });

  it("the incoming holder who chaired the rest of the session", () => {
    expect(
      chairs(
        "The presidency passed to Argentina. President Milei chaired the rest of the session, until the lunch to be held in the palace.",
      ),
    ).toEqual(["Javier Milei"]);
  });
});
