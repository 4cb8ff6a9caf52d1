import { describe, expect, it } from "vitest";
import { readPressRelease } from "./read-press-release";
import { ReaderError, assertReadableRelease } from "./reader-error";
import { scoKnowledge } from "./fixtures/sco-knowledge";

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ReaderError) return { code: error.code, message: error.message };
    throw error;
  }
  return null;
};

describe("input the reader refuses", () => {
  it("refuses empty text", () => {
    expect(codeOf(() => assertReadableRelease("  \n\t "))?.code).toBe("empty");
  });
  it("refuses text over 1 MB", () => {
    expect(codeOf(() => assertReadableRelease("The meeting was held. ".repeat(60_000)))?.code).toBe(
      "too_large",
    );
  });
  it("refuses binary data", () => {
    expect(
      codeOf(() => assertReadableRelease("PK\u0003\u0004\u0000\u0000 the meeting of the council"))?.code,
    ).toBe("binary");
    expect(
      codeOf(() => assertReadableRelease(`The meeting of the council ${"\uFFFD".repeat(20)}`))?.code,
    ).toBe("binary");
  });
  it("refuses non-English text with the message editors see", () => {
    const russian =
      "Заседание Совета глав государств — членов ШОС состоялось 10 ноября в формате видеоконференции.";
    const chinese = "上海合作组织成员国元首理事会会议于11月10日以视频方式举行。";
    const french =
      "La réunion du Conseil des chefs d'État s'est tenue le 10 novembre par visioconférence avec les dirigeants.";
    for (const text of [russian, chinese, french]) {
      expect(codeOf(() => assertReadableRelease(text))).toEqual({
        code: "not_english",
        message: "Only English press releases are supported yet.",
      });
    }
  });
  it("reads a short English item that is mostly leaders' names, whatever their language", () => {
    for (const text of [
      "SANYA, China, April 14 (Xinhua) – Chinese President Hu Jintao hosted the BRICS summit. Russian President Dmitry Medvedev, Brazilian President Dilma Rousseff, Indian Prime Minister Manmohan Singh and South African President Jacob Zuma attended.",
      "ASTANA, Oct 14 – Kazakh President Kassym-Jomart Tokayev, Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon, Uzbek President Shavkat Mirziyoyev and Turkmen President Serdar Berdimuhamedov met.",
      "DUSHANBE, Sept 16 (TASS) – Vladimir Putin, Xi Jinping, Shavkat Mirziyoyev, Kassym-Jomart Tokayev, Sadyr Japarov and Emomali Rahmon attended the SCO summit.",
    ])
      expect(codeOf(() => assertReadableRelease(text))).toBeNull();
    // A French item naming the same leaders is still refused.
    expect(
      codeOf(() =>
        assertReadableRelease(
          "DOUCHANBÉ, 16 sept. – Vladimir Poutine, Xi Jinping, Chavkat Mirzioïev et Emomali Rahmon ont participé au sommet de l'OCS.",
        ),
      )?.code,
    ).toBe("not_english");
  });
  it("refuses an English text that is not about a meeting", () => {
    const recipe =
      "Preheat the oven. Mix the flour with the butter and a pinch of salt, then bake it for twenty minutes until golden.";
    expect(codeOf(() => readPressRelease(recipe, scoKnowledge))?.code).toBe("not_a_meeting");
  });
  it("accepts an English release", () => {
    expect(
      codeOf(() => assertReadableRelease("The meeting of the council was held on 10 November in Moscow.")),
    ).toBeNull();
  });
});
