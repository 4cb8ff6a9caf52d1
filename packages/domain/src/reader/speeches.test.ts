import { describe, expect, it } from "vitest";
import { scoKnowledge as knowledge } from "./fixtures/sco-knowledge";
import { readParticipants } from "./participants";
import { segment } from "./segment";
import { readSpeeches } from "./speeches";

describe("speeches", () => {
  const text =
    "The event was attended by Russian President Vladimir Putin and President of Kazakhstan Kassym-Jomart Tokayev. UN Secretary-General Antonio Guterres delivered a welcome video message.\n\n" +
    "Putin stated that much was done. The results are good. The plans are set, the Russian President stressed.\n\n" +
    "Tokayev said that he agreed. He wished the chair success.";
  const paragraphs = segment(text);
  const { participants } = readParticipants({
    text,
    paragraphs,
    knowledge,
    date: "2020-11-10",
    attendanceMode: "online",
    organizationId: "orgshanghaicooperationorganisati",
  });
  const speeches = readSpeeches(text, paragraphs, participants, knowledge);

  it("reads video messages and paraphrases per paragraph and speaker", () => {
    const name = (order: number) => participants.find((p) => p.protocolOrder === order)!.nameAsStated;
    expect(speeches.map((s) => [name(s.speakerOrder), s.kind, s.text])).toEqual([
      ["Antonio Guterres", "video_message", null],
      [
        "Vladimir Putin",
        "paraphrase",
        "Putin stated that much was done. The results are good. The plans are set, the Russian President stressed.",
      ],
      ["Kassym-Jomart Tokayev", "paraphrase", "Tokayev said that he agreed. He wished the chair success."],
    ]);
    for (const speech of speeches)
      expect(text.slice(speech.evidence.start, speech.evidence.end)).toBe(
        speech.text ?? text.slice(speech.evidence.start, speech.evidence.end),
      );
  });
});
