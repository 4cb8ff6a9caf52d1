// A headline whose subject chairs or takes part in the meeting while the body names him only by office (the second
// styles round, a presidential website's item): "Kassym-Jomart Tokayev chaired the Sixth Consultative Meeting …" over
// "The Head of State chaired …". Every sentence here is made up for the rule it tests.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (headline: string, body: string) =>
  readPressRelease(`${headline}\n\n9 August 2024\n\n${body}`, eurasiaKnowledge).participants.map((p) => [
    p.nameAsStated,
    p.role.value,
  ]);

const BODY =
  "The Head of State chaired the meeting held at the Akorda in Astana. President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon took part.";

describe("the headline's subject named nowhere else", () => {
  it("reads 'X chaired the … Meeting' as the chair when the body names none", () => {
    expect(
      read("Kassym-Jomart Tokayev chaired the Sixth Consultative Meeting of the Heads of State", BODY),
    ).toEqual([
      ["Kassym-Jomart Tokayev", "chair"],
      ["Sadyr Japarov", "head_of_delegation"],
      ["Emomali Rahmon", "head_of_delegation"],
    ]);
  });

  it("reads 'X took part in the … summit' as a participant beside the body's chair", () => {
    expect(
      read(
        "Kassym-Jomart Tokayev took part in the CSTO summit",
        "President of Kyrgyzstan Sadyr Japarov chaired the session in Bishkek. President of Tajikistan Emomali Rahmon took part. The Head of State spoke on regional security.",
      ).map(([name]) => name),
    ).toContain("Kassym-Jomart Tokayev");
  });

  it("reads no one from a headline about the next meeting", () => {
    expect(read("Kassym-Jomart Tokayev to chair the next summit of the Heads of State", BODY)).toEqual([
      ["Sadyr Japarov", "head_of_delegation"],
      ["Emomali Rahmon", "head_of_delegation"],
    ]);
  });

  it("keeps one entry for a subject the body names too", () => {
    expect(
      read(
        "Kassym-Jomart Tokayev chaired the Sixth Consultative Meeting",
        "President Kassym-Jomart Tokayev chaired the meeting in Astana. President of Kyrgyzstan Sadyr Japarov took part.",
      ),
    ).toEqual([
      ["Kassym-Jomart Tokayev", "chair"],
      ["Sadyr Japarov", "head_of_delegation"],
    ]);
  });
});

describe("the headline's subject named in the body's act by office alone", () => {
  it("reads 'X took part in the … Summit' over 'The President of Russia took part in …', though X is named later", () => {
    expect(
      read(
        "Vladimir Putin took part in the Caspian Summit",
        "The President of Russia took part in the Summit of the Caspian States in Tehran. Also taking part were President of Azerbaijan Ilham Aliyev and President of Turkmenistan Serdar Berdimuhamedov. Vladimir Putin said the sea should stay a zone of peace.",
      ).map(([name]) => name),
    ).toEqual(["Vladimir Putin", "Ilham Aliyev", "Serdar Berdimuhamedov"]);
  });

  it("not when the body's act names its subject ('The President of Russia Vladimir Putin took part')", () => {
    expect(
      read(
        "Vladimir Putin took part in the Caspian Summit",
        "The President of Russia Vladimir Putin took part in the Summit of the Caspian States in Tehran. Also taking part was President of Azerbaijan Ilham Aliyev.",
      ).map(([name]) => name),
    ).toEqual(["Vladimir Putin", "Ilham Aliyev"]);
  });
});
