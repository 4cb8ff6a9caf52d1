import { describe, expect, it } from "vitest";
import { scoKnowledge as knowledge } from "./fixtures/sco-knowledge";
import { worldKnowledge } from "./fixtures/world-knowledge";
import { parseTitledName, reconcilePost } from "./titles";

const parse = (text: string) => parseTitledName(text, 0, text.length, knowledge);

describe("titles", () => {
  it.each([
    [
      "President of Kazakhstan Kassym-Jomart Tokayev",
      "Kassym-Jomart Tokayev",
      "President",
      "pstpresidentofkazakhstan",
    ],
    ["Russian President Vladimir Putin", "Vladimir Putin", "President", "pstpresidentofrussia"],
    ["Vladimir Putin, President of Russia", "Vladimir Putin", "President", "pstpresidentofrussia"],
    ["President of China XI Jinping", "XI Jinping", "President", "pstpresidentofchina"],
    [
      "UN Secretary-General Antonio Guterres",
      "Antonio Guterres",
      "Secretary-General",
      "pstsecretarygeneraloftheunitedna",
    ],
    [
      "SCO Secretary General Vladimir Norov",
      "Vladimir Norov",
      "Secretary-General",
      "pstsecretarygeneralofthesco",
    ],
    [
      "Director of the Executive Committee of the SCO Regional anti-terrorist structure Jumakhon Gijesov",
      "Jumakhon Gijesov",
      "Director",
      "pstdirectorofthescoratsexecutive",
    ],
  ])("reads %s", (text, name, noun, post) => {
    const parsed = parse(text);
    expect(parsed.name?.text).toBe(name);
    expect(parsed.title?.roleNoun).toBe(noun);
    const reconciled = reconcilePost(parsed.title!, knowledge, null, "2020-11-10").reconciled;
    expect(reconciled.status === "matched" && reconciled.id).toBe(post);
  });

  it("proposes a new post, canonically worded, for an unknown title", () => {
    const parsed = parse("Kazakh Foreign Minister Mukhtar Tileuberdi");
    expect(parsed.name?.text).toBe("Mukhtar Tileuberdi");
    expect(reconcilePost(parsed.title!, knowledge, null, null).reconciled).toMatchObject({
      status: "new",
      proposed: {
        label: "Foreign Minister of Kazakhstan",
        role: "minister",
        countryId: "ctykzx0001",
        organizationId: null,
      },
    });
  });

  it("keeps names with particles whole", () => {
    const text = "President of Brazil Luiz Inácio Lula da Silva";
    expect(parseTitledName(text, 0, text.length, worldKnowledge).name?.text).toBe(
      "Luiz Inácio Lula da Silva",
    );
  });
});
