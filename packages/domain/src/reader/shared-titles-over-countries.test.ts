// One plural title shared by a list of names, with the countries named apart from the names: before the verb ("X and Y
// were represented by their presidents, A and B"; "…, and Z by its Vice-President, C") or after the names ("A, B and
// C, the presidents of X, Y and Z"). Each name takes the title over its own country, in order, whether the knowledge
// holds that country or not. Every person here is invented.
import { describe, expect, it } from "vitest";
import { namesAndPosts as read } from "./participants-test-reading";

const summit = (sentences: string) =>
  read(`Chisinau, 22 April 2005 — The summit of the regional forum was held today. ${sentences}`);

describe("'X and Y were represented by their presidents, A and B': the subject's countries in order", () => {
  it("gives each name the title over its own country, countries the knowledge does not hold too", () => {
    expect(
      summit(
        "The meeting was chaired by President of Moldova Ion Rusu. Estonia, Latvia and Slovakia were represented by their prime ministers, Jaan Tamm, Andris Berzins and Peter Novak.",
      ),
    ).toEqual([
      { name: "Ion Rusu", post: "President of Moldova" },
      { name: "Jaan Tamm", post: "Prime Minister of Estonia" },
      { name: "Andris Berzins", post: "Prime Minister of Latvia" },
      { name: "Peter Novak", post: "Prime Minister of Slovakia" },
    ]);
  });

  it("reads countries the knowledge holds by their own names", () => {
    expect(
      summit(
        "Armenia and Kazakhstan were represented at the meeting by their foreign ministers, Aram Petrosyan and Daulet Serikov.",
      ),
    ).toEqual([
      { name: "Aram Petrosyan", post: "Foreign Minister of Armenia" },
      { name: "Daulet Serikov", post: "Foreign Minister of Kazakhstan" },
    ]);
  });

  it("reads '…, and Z by its Vice-President, C' as the title of Z's one representative", () => {
    expect(
      summit(
        "Hungary and Croatia were represented by their presidents, Gabor Kiss and Ivo Horvat, and Slovenia by its Prime Minister, Janez Kranjc.",
      ),
    ).toEqual([
      { name: "Gabor Kiss", post: "President of Hungary" },
      { name: "Ivo Horvat", post: "President of Croatia" },
      { name: "Janez Kranjc", post: "Prime Minister of Slovenia" },
    ]);
  });

  it("leaves a subject that is more than countries, or one country with a plural, as it was", () => {
    const read = summit(
      "The observer states Estonia and Latvia were represented by their delegations, headed by Jaan Tamm and Andris Berzins.",
    );
    expect(read.map((participant) => participant.post)).not.toContain("Prime Minister of Estonia");
  });
});

describe("'A, B and C, the presidents of X, Y and Z': the title after the names", () => {
  it("gives each name the title over the country in the same place", () => {
    expect(
      summit(
        "Jaan Tamm, Andris Berzins and Peter Novak, the presidents of Estonia, Latvia and Slovakia, attended as guests.",
      ),
    ).toEqual([
      { name: "Jaan Tamm", post: "President of Estonia" },
      { name: "Andris Berzins", post: "President of Latvia" },
      { name: "Peter Novak", post: "President of Slovakia" },
    ]);
  });

  it("reads countries the knowledge holds as their posts", () => {
    expect(
      summit(
        "Also present were Aram Petrosyan and Daulet Serikov, the prime ministers of Armenia and Kazakhstan.",
      ),
    ).toEqual([
      { name: "Aram Petrosyan", post: "Prime Minister of Armenia" },
      { name: "Daulet Serikov", post: "Prime Minister of Kazakhstan" },
    ]);
  });

  it("needs as many countries as names", () => {
    const read = summit(
      "Jaan Tamm, Andris Berzins and Peter Novak, the presidents of Estonia and Latvia, attended as guests.",
    );
    expect(read.find((participant) => participant.name === "Jaan Tamm")?.post ?? null).toBeNull();
  });
});
