// A chair the headline names ("Peña Nieto chairs his last Pacific Alliance summit") whom the body names, with his title,
// only in passing ("…, the last for Mexican President Enrique Peña Nieto, who leaves office on Dec. 1"): he took part,
// and chaired. Every person here is invented.
import { describe, expect, it } from "vitest";
import { chairs7Knowledge as knowledge } from "./fixtures/chairs7-knowledge";
import { namesAndRoles } from "./participants-test-reading";

const read = (text: string) => namesAndRoles(text, knowledge);

const lineUp =
  " Chile's President Andrés Soto and Peru's President Jorge Quispe completed the line-up, and Colombia's President Diego Rojas signed the declaration.";

describe("a chair named in the headline, named in passing in the body", () => {
  it("reads the outgoing president whose last summit it was", () => {
    expect(
      read(
        "Ramírez chairs his last Pacific Alliance summit; Peru takes over\n\nPUERTO VALLARTA, Mexico, July 24, 2018 – Leaders of the Pacific Alliance met on Tuesday for the bloc's 13th summit, the last for Mexican President Arturo Ramírez, who leaves office on Dec. 1." +
          lineUp,
      ),
    ).toContain("Arturo Ramírez | chair");
  });

  it("reads a president for whom it was the first summit", () => {
    expect(
      read(
        "Ortiz presides over SICA summit in San Salvador\n\nSan Salvador, 10 December 2011\n\nThe Heads of State and Government of SICA met in San Salvador today. It was the first summit for President Rafael Ortiz of El Salvador since his election. The President of Guatemala, Ana Morales, and the President of Honduras, Andrés Pineda, took part.",
      ),
    ).toContain("Rafael Ortiz | chair");
  });

  it("reads a host president named only in the sentence on the summit's timing", () => {
    expect(
      read(
        "Ruiz chairs Pacific Alliance summit in Cali\n\nCALI, Colombia, June 30, 2017 – The Pacific Alliance summit opened on Friday in Cali, a year before Colombian President Pedro Ruiz steps down." +
          lineUp,
      ),
    ).toContain("Pedro Ruiz | chair");
  });
});

describe("guards", () => {
  it("does not add a former president the headline names", () => {
    expect(
      read(
        "Ramírez chairs Pacific Alliance summit\n\nLima, 6 July 2019\n\nLeaders of the Pacific Alliance met in Lima today. They paid tribute to former Mexican President Luis Ramírez, who founded the bloc." +
          lineUp,
      ).some((line) => line.startsWith("Luis Ramírez")),
    ).toBe(false);
  });

  it("does not add the chair of the next summit", () => {
    expect(
      read(
        "Ramírez to chair next Pacific Alliance summit\n\nLima, 6 July 2019\n\nLeaders of the Pacific Alliance met in Lima today. The next summit will be held in Mexico under President Luis Ramírez." +
          lineUp,
      ).some((line) => line.startsWith("Luis Ramírez")),
    ).toBe(false);
  });
});
