// The body that met when a first sentence names the organization and a later one its organ.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readBody } from "./meeting";
import { segment } from "./segment";

const body = (text: string) =>
  readBody(
    text,
    segment(text).flatMap((paragraph) => paragraph.sentences),
    knowledge,
    null,
  )?.id;

describe("the body: an organ named after its organization", () => {
  it.each([
    [
      "The heads of state of the Commonwealth of Independent States met in Bishkek. The meeting of the CIS Council of Heads of State was chaired by President Japarov.",
      ids.organization("cis-council-of-heads-of-state"),
    ],
    [
      "The leaders of the Collective Security Treaty Organization met informally in St Petersburg. Their informal meeting of the Collective Security Council was held in a narrow format.",
      ids.organization("csto-collective-security-council"),
    ],
    [
      "Leaders of the Collective Security Treaty Organization met in the Kremlin. Nikol Pashinyan, who chaired the session of the Collective Security Council, spoke first.",
      ids.organization("csto-collective-security-council"),
    ],
  ])("%s", (text, id) => {
    expect(body(text)).toBe(id);
  });

  it("keeps the organization when the later sentence names an organ of another one", () => {
    const text =
      "The leaders of the Collective Security Treaty Organization met in St Petersburg. Later the CIS Council of Heads of State met in the same city.";
    expect(body(text)).toBe(ids.organization("csto"));
  });

  it("keeps the organization when the later sentence names its secretariat", () => {
    const text =
      "The heads of state of the Commonwealth of Independent States met in Minsk. The meeting was prepared by the CIS Executive Committee.";
    expect(body(text)).toBe(ids.organization("cis"));
  });
});

describe("the body: an organ named without its organization's name", () => {
  it.each([
    "Presidents of the Commonwealth of Independent States met in Chisinau on Friday. Nine of them gathered at the Council of Heads of State in the old opera house.",
    "Leaders of the Commonwealth of Independent States, meeting in Yerevan, agreed on a migration plan. The session of the Council of Heads of State lasted four hours.",
  ])("is that organ: %s", (text) => {
    expect(body(text)).toBe(ids.organization("cis-council-of-heads-of-state"));
  });

  it("keeps the organization when the meeting is named a summit of it", () => {
    const text =
      "The Sixth Summit of the Cooperation Council of Turkic Speaking States took place in Izmir. The presidents attended the meeting of the Council of Heads of State.";
    expect(body(text)).toBe(ids.organization("ots"));
  });

  it("keeps the organization when the short name is only part of another phrase in lower case", () => {
    const text =
      "Presidents of the Commonwealth of Independent States met in Chisinau. They spoke of a council of heads of state for the region.";
    expect(body(text)).toBe(ids.organization("cis"));
  });
});

describe("the body: a secretariat on the release's first line", () => {
  const withHeadline = (text: string) => {
    const sentences = segment(text).flatMap((paragraph) => paragraph.sentences);
    return readBody(text, sentences.slice(1), knowledge, sentences[0]!)?.id;
  };

  it("is the publisher, not the body that met", () => {
    expect(
      withHeadline(
        "CIS Executive Committee\n\nThe heads of state of the Commonwealth of Independent States met in Minsk on Friday.",
      ),
    ).toBe(ids.organization("cis"));
  });

  it("still takes an organ the first line names", () => {
    expect(
      withHeadline(
        "CIS Council of Heads of State meets in Minsk\n\nThe heads of state of the Commonwealth of Independent States met in Minsk on Friday.",
      ),
    ).toBe(ids.organization("cis-council-of-heads-of-state"));
  });
});

describe("the body: a short organ name that belongs to another organization", () => {
  it("keeps the organization named bare", () => {
    expect(
      body(
        "Presidents of the Commonwealth of Independent States met in Minsk. They recalled the Council of Heads of State of the Union State of Belarus and Russia.",
      ),
    ).toBe(ids.organization("cis"));
  });
});
