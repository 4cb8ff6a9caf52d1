// The outgoing holder who opened the meeting and handed over ("The President of Cabo Verde, X, whose country had held
// the rotating presidency since the Santa Maria summit of July 2018, opened the Conference and handed the presidency
// … to Angola") took part, though someone else chaired: a relative clause on his country is none of his act. Every
// person here is invented.
import { describe, expect, it } from "vitest";
import { chairs7Knowledge as knowledge } from "./fixtures/chairs7-knowledge";
import { namesAndRoles } from "./participants-test-reading";

const read = (text: string) => namesAndRoles(text, knowledge);

const rest =
  " The rest of the work took place under the presidency of Pedro Neto, President of the Republic of Angola. Present were the President of Mozambique, Luís Macuácua, and the President of Guinea-Bissau, Mário Vaz.";

describe("an outgoing holder with a relative clause on his country", () => {
  it('reads "X, whose country had held the rotating presidency since …, opened the Conference and handed over"', () => {
    expect(
      read(
        "Luanda, 17 July 2021\n\nThe Conference of Heads of State and Government of the CPLP was held today in Luanda. The President of Cabo Verde, Carlos Tavares, whose country had held the rotating presidency since the Santa Maria summit of July 2018, opened the Conference and handed the presidency of the Community to Angola." +
          rest,
      ),
    ).toEqual([
      "Carlos Tavares | head_of_delegation",
      "Pedro Neto | chair",
      "Luís Macuácua | head_of_delegation",
      "Mário Vaz | head_of_delegation",
    ]);
  });

  it('reads "X, whose country had held the presidency since the Brasília summit, opened the session and passed the office"', () => {
    expect(
      read(
        "Luanda, 17 July 2021\n\nThe Conference of Heads of State and Government of the CPLP was held today in Luanda. The President of Cabo Verde, Carlos Tavares, whose country had held the presidency since the Brasília summit of November 2016, opened the session and passed the office to Angola." +
          rest,
      ),
    ).toContain("Carlos Tavares | head_of_delegation");
  });

  it('reads "X, whose government had held the rotating presidency since the Lisbon summit, opened the session"', () => {
    expect(
      read(
        "Luanda, 17 July 2021\n\nThe Conference of Heads of State and Government of the CPLP was held today in Luanda. The President of Cabo Verde, Carlos Tavares, whose government had held the rotating presidency since the Lisbon summit of May 2019, opened the session and welcomed the leaders." +
          rest,
      ),
    ).toContain("Carlos Tavares | head_of_delegation");
  });
});

describe("guards", () => {
  it("still leaves out one whose own act is reported", () => {
    expect(
      read(
        "Luanda, 17 July 2021\n\nThe Conference of Heads of State and Government of the CPLP was held today in Luanda. The President of Cabo Verde, Carlos Tavares, who said he could not travel, sent a message." +
          rest,
      ),
    ).not.toContain("Carlos Tavares | head_of_delegation");
  });
});
