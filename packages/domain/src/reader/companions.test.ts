// Leaders named as the companions of someone who took part ("X took part alongside Y", "X was joined by Y", "…, as
// did Y", "…, and so did the Executive Secretary Y", "signed in the presence of Y"), and the ones who only
// accompanied a leader or are named for another occasion. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentences: string) =>
  readPressRelease(
    `ASTANA, 14 March 2019 — The Council of Heads of State of the Commonwealth of Independent States met today. ${sentences}`,
    knowledge,
  ).participants.map((participant) => {
    const person = participant.person as { value?: { label?: string; proposed?: { name?: string } } };
    return person.value?.label ?? person.value?.proposed?.name;
  });

describe("leaders named as companions", () => {
  it.each([
    ["President Arman Teselov of Kazakhstan took part alongside President Daniil Vorkut of Belarus."],
    ["President Arman Teselov of Kazakhstan came alongside President Daniil Vorkut of Belarus."],
    ["President Arman Teselov of Kazakhstan came together with President Daniil Vorkut of Belarus."],
    ["President Arman Teselov of Kazakhstan was joined by President Daniil Vorkut of Belarus."],
    ["President Arman Teselov of Kazakhstan attended the summit, as did President Daniil Vorkut of Belarus."],
    [
      "President Arman Teselov of Kazakhstan attended his first summit, as did President Daniil Vorkut of Belarus.",
    ],
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(expect.arrayContaining(["Arman Teselov", "Daniil Vorkut"]));
  });

  it("parts a list at 'alongside'", () => {
    expect(
      names(
        "President Arman Teselov of Kazakhstan came alongside President Daniil Vorkut of Belarus, and President Ruslan Abdykov of Kyrgyzstan took part together with President Farrukh Nazarov of Tajikistan.",
      ),
    ).toEqual(["Arman Teselov", "Daniil Vorkut", "Ruslan Abdykov", "Farrukh Nazarov"]);
  });

  it("reads 'and so did' an official named after the title", () => {
    expect(
      names(
        "President Arman Teselov of Kazakhstan took part as a guest, and so did the Executive Secretary of the CIS, Oleg Marchuk.",
      ),
    ).toEqual(expect.arrayContaining(["Arman Teselov", "Oleg Marchuk"]));
  });

  it("reads 'and so did' after a head of an organisation who reported on its work", () => {
    expect(
      names(
        "The Chairman of the Board of the Eurasian Economic Commission, Pavel Gromov, reported on the Commission's work, and so did the Secretary General of the Caspian Development Fund, Timur Aliyar.",
      ),
    ).toEqual(expect.arrayContaining(["Pavel Gromov", "Timur Aliyar"]));
  });

  it("reads the leaders before whom a document was signed", () => {
    expect(
      names(
        "President Arman Teselov of Kazakhstan took part. The agreement was signed by the ministers in the presence of President Daniil Vorkut of Belarus and President Ruslan Abdykov of Kyrgyzstan.",
      ),
    ).toEqual(expect.arrayContaining(["Arman Teselov", "Daniil Vorkut", "Ruslan Abdykov"]));
  });
});

describe("people who are no companions", () => {
  it("leaves out a minister who only accompanied a leader", () => {
    const found = names(
      "President Arman Teselov of Kazakhstan took part. President Teselov was accompanied by Foreign Minister Nurlan Temirov.",
    );
    expect(found).toContain("Arman Teselov");
    expect(found).not.toContain("Nurlan Temirov");
  });

  it("leaves out a companion at a later meeting", () => {
    const found = names(
      "President Arman Teselov of Kazakhstan took part. Next year he will attend the summit alongside President Daniil Vorkut of Belarus.",
    );
    expect(found).not.toContain("Daniil Vorkut");
  });

  it("leaves out someone a leader met, not someone who took part", () => {
    const found = names(
      "President Arman Teselov of Kazakhstan took part. On the eve of the summit he held talks together with President Daniil Vorkut of Belarus.",
    );
    expect(found).not.toContain("Daniil Vorkut");
  });
});

describe("the second chair round: a companion named without a title after a list", () => {
  it.each([
    [
      "Arman Teselov of Kazakhstan and Pavel Gurin of Russia took part alongside Daniil Vorkut, and so did CIS Executive Secretary Sergei Lebedev.",
    ],
    ["Arman Teselov of Kazakhstan and Pavel Gurin of Russia took part alongside Daniil Vorkut."],
    [
      "President Arman Teselov of Kazakhstan and President Pavel Gurin of Russia attended alongside Daniil Vorkut.",
    ],
  ])("reads the one after 'alongside' as taking part: %s", (sentence) => {
    expect(names(sentence)).toContain("Daniil Vorkut");
    expect(names(sentence)).toContain("Arman Teselov");
  });
});

describe("a companion after the verb of a list", () => {
  it.each([
    [
      "Arman Teselov of Kazakhstan and Ruslan Abdykov of Kyrgyzstan took part alongside Daniil Vorkut, and so did CIS Executive Secretary Oleg Marchuk.",
      ["Arman Teselov", "Ruslan Abdykov", "Daniil Vorkut", "Oleg Marchuk"],
    ],
    [
      "Presidents Arman Teselov and Ruslan Abdykov attended alongside President Daniil Vorkut of Belarus.",
      ["Arman Teselov", "Ruslan Abdykov", "Daniil Vorkut"],
    ],
    [
      "Arman Teselov of Kazakhstan, Ruslan Abdykov of Kyrgyzstan and Farrukh Nazarov of Tajikistan were present alongside the host, Daniil Vorkut.",
      ["Arman Teselov", "Ruslan Abdykov", "Farrukh Nazarov", "Daniil Vorkut"],
    ],
  ])("%s", (sentence, people) => {
    expect(names(sentence)).toEqual(expect.arrayContaining(people));
  });
});
