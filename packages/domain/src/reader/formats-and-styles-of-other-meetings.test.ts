// Two readings of the outcomes2 round outside documents and handovers: the format of a meeting to come ("proposed that
// the leaders meet again in a virtual session", "the next meeting will be held via videoconference") is not this
// meeting's, and India's forms of address in its official releases ("Prime Minister Shri Narendra Modi", "Smt.
// Droupadi Murmu") are no part of the name. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readAttendanceMode } from "./meeting";
import { readPressRelease } from "./read-press-release";

const mode = (text: string) => readAttendanceMode(text, 0, text.length).value;

describe("the format of a meeting to come", () => {
  it.each([
    "The leaders met in Delhi. The Prime Minister proposed that the leaders meet again in a virtual session at the end of November.",
    "The summit opened in Astana. The next meeting of the Council will be held via videoconference in spring.",
    "The heads of state gathered in Minsk and suggested a virtual summit on energy next year.",
  ])("is not this meeting's: %s", (text) => {
    expect(mode(text)).toBe("in_person");
  });

  it.each([
    "The summit was held via videoconference, and the leaders agreed to meet in Baku next year.",
    "The summit was held in a virtual format; the next one is planned in Baku.",
  ])("leaves this meeting's own format online: %s", (text) => {
    expect(mode(text)).toBe("online");
  });
});

describe("India's forms of address", () => {
  const names = (body: string) =>
    readPressRelease(`Leaders meet\n\n10 July 2024\n\n${body}`, eurasiaKnowledge).participants.map(
      (participant) => [
        participant.person.value.status === "matched"
          ? participant.person.value.id
          : participant.nameAsStated,
      ],
    );

  it.each([
    "The SCO Council of Heads of State met in Astana on 10 July 2024. Prime Minister Shri Narendra Modi took part.",
    "The SCO Council of Heads of State met in Astana on 10 July 2024. Taking part was Shri Narendra Modi, Prime Minister of India.",
  ])("are no part of the name: %s", (body) => {
    expect(names(body)).toEqual([["pernarendramodi"]]);
  });
});
