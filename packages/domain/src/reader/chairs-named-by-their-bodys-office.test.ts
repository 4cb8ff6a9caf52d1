// The chair named by the office of the body that met right before the leader's post, as summit reports write the
// rotating chairman: "COMESA Chairman President X said …", "The current COMESA Chairman, President X, said …" (so
// "Current SAARC Chairman President X", "CHOGM chairman Prime Minister X" in real releases). Until the eighth session of 7 December 2026 the
// first was read as a COMESA official ("Chairman of COMESA", an IGO official, no chair) and the second as a head of
// delegation. The leader's post is the post; the office makes him the chair when no other is named. Not an outgoing
// or coming chairman, nor another body's ("AU Chairperson"). Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { handovers7Knowledge } from "./fixtures/handovers7-knowledge";
import { statedNamesAndPosts } from "./participants-test-reading";
import { readPressRelease } from "./read-press-release";

const OPENING =
  "Lusaka, 8 June 2023\n\nThe 22nd Summit of the Common Market for Eastern and Southern Africa (COMESA) was held in Lusaka. Taking part were President Hakainde Hichilema of Zambia, Prime Minister Mostafa Madbouly of Egypt, President Evariste Ndayishimiye of Burundi and President William Ruto of Kenya.";
const read = (sentence: string) => readPressRelease(`${OPENING}\n\n${sentence}\n`, handovers7Knowledge);
const chairs = (sentence: string) =>
  read(sentence)
    .participants.filter((participant) => participant.role.value === "chair")
    .map((participant) => participant.nameAsStated);

describe("the body's chairman before the leader's post", () => {
  it.each([
    "COMESA Chairman President Hakainde Hichilema said the summit had been a success.",
    "The current COMESA Chairman, President Hakainde Hichilema, said the summit had been a success.",
    "The summit closed with remarks by COMESA Chairperson President Hakainde Hichilema.",
    // The body's possessive, and the office set off with its own comma, in a line of a list-reading path too.
    "COMESA's current chairman, President Hakainde Hichilema, gave the opening address.",
    "The current COMESA Chairman, President Hakainde Hichilema, gave the opening address.",
    // The office joined to the post after the name.
    "Hakainde Hichilema, President of Zambia and current Chairman of COMESA, opened the Summit.",
    "Hakainde Hichilema, President of Zambia and chairman of COMESA, said the summit had been a success.",
  ])("chairs: %s", (sentence) => {
    expect(chairs(sentence)).toEqual(["Hakainde Hichilema"]);
  });

  it("keeps the leader's post and country", () => {
    const text =
      "Lusaka, 8 June 2023\n\nThe 22nd COMESA Summit was held in Lusaka. COMESA Chairman President Hakainde Hichilema of Zambia said the summit had been a success. President of Kenya, William Ruto, said it had been productive.\n";
    const chair = readPressRelease(text, handovers7Knowledge).participants[0]!;
    expect([chair.nameAsStated, chair.role.value, chair.category.value]).toEqual([
      "Hakainde Hichilema",
      "chair",
      "member_state",
    ]);
    expect(statedNamesAndPosts(text, handovers7Knowledge)[0]).toEqual([
      "Hakainde Hichilema",
      "President of Zambia",
    ]);
  });

  it.each([
    "Outgoing COMESA Chairman President Hakainde Hichilema said the summit had been a success.",
    "The outgoing COMESA Chairman, President Hakainde Hichilema, said the summit had been a success.",
    "AU Chairperson President Hakainde Hichilema said the summit had been a success.",
    "The AU Chairperson, President Hakainde Hichilema, said the summit had been a success.",
    "COMESA's outgoing chairman, President Hakainde Hichilema, gave the opening address.",
    "Hakainde Hichilema, President of Zambia and outgoing Chairman of COMESA, said the summit had been a success.",
    "Hakainde Hichilema, President of Zambia and Chairman of the AU, said the summit had been a success.",
  ])("not: %s", (sentence) => {
    expect(chairs(sentence)).toEqual([]);
  });
});
