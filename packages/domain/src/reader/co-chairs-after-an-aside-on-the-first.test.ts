// Two co-chairs, the first with his office in an aside before ", and" the second ("co-chaired by A of X, pro tempore
// President of SICA, and B of Y, Chairman of …", "jointly chaired by A, the current chairman of the Authority, and B,
// who chairs ECCAS"): the aside ends the first one's name, not the chairs. Every person here is invented.
import { describe, expect, it } from "vitest";
import { chairs7Knowledge as knowledge } from "./fixtures/chairs7-knowledge";
import { chairNames } from "./participants-test-reading";

const chairs = (text: string) => chairNames(text, knowledge);

const opening =
  "San Salvador, 19 August 2011\n\nHeads of State and Government of the Caribbean Community (CARICOM) and of the Central American Integration System (SICA) met in San Salvador today for their Third CARICOM–SICA Summit.\n\n";

describe("a second co-chair after an aside on the first one's office", () => {
  it('reads "co-chaired by A of X, pro tempore President of SICA, and B of Y, Chairman of …"', () => {
    expect(
      chairs(
        opening +
          "The Summit was co-chaired by President Rafael Ortiz of El Salvador, pro tempore President of SICA, and Prime Minister Henry Clarke of Grenada, Chairman of the Conference of Heads of Government of CARICOM.",
      ),
    ).toEqual(["Rafael Ortiz", "Henry Clarke"]);
  });

  it("reads \"jointly chaired by X's President A, the current chairman of …, and Y's President B, who chairs …\"", () => {
    expect(
      chairs(
        "Lomé, 30 July 2018\n\nHeads of state of West and Central Africa met in Lomé on Monday for a joint summit of ECOWAS and ECCAS.\n\nThe summit was jointly chaired by Togo's President Koffi Amedzro, the current chairman of the ECOWAS Authority, and Gabon's President Paul Ndong, who chairs ECCAS.",
      ),
    ).toEqual(["Koffi Amedzro", "Paul Ndong"]);
  });

  it('reads "co-chaired by A of X, the host, and by B of Y"', () => {
    expect(
      chairs(
        opening +
          "The Summit was co-chaired by President Rafael Ortiz of El Salvador, the host, and by Prime Minister Henry Clarke of Grenada. The President of Suriname, Marc Pinas, also took part.",
      ),
    ).toEqual(["Rafael Ortiz", "Henry Clarke"]);
  });
});

describe("guards: no second chair", () => {
  it("after a single chair's aside and a new clause", () => {
    expect(
      chairs(
        opening +
          "The Summit was chaired by President Rafael Ortiz of El Salvador, pro tempore President of SICA, and Prime Minister Henry Clarke of Grenada spoke for CARICOM.",
      ),
    ).toEqual(["Rafael Ortiz"]);
  });

  it('after a co-chair\'s aside and ", and attended by"', () => {
    expect(
      chairs(
        opening +
          "The Summit was co-chaired by President Rafael Ortiz of El Salvador, pro tempore President of SICA, and attended by Prime Minister Henry Clarke of Grenada.",
      ),
    ).toEqual(["Rafael Ortiz"]);
  });
});
