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
