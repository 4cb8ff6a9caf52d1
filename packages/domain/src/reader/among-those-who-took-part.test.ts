// Two more ways a release names who was at the meeting: "Among those who took part was X" (the group of those who
// attended, then the copula, as "Among the leaders who attended were …" already is), and the chair named after where
// he sat, between the passive verb and its agent ("The summit was chaired from Baku by X"). Every person here is
// invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (sentences: string) =>
  readPressRelease(
    `BAKU, 10 April 2020 — An extraordinary summit of the Turkic Council was held by videoconference today. ${sentences}`,
    knowledge,
  ).participants.map((participant) => ({ name: participant.nameAsStated, role: participant.role.value }));

describe("'Among those who took part was X'", () => {
  it.each([
    "Among those who took part was President of Mongolia Bat Erdene, whose country is an observer.",
    "Among those who also attended the summit were President of Mongolia Bat Erdene and Prime Minister of Georgia Levan Beridze.",
    "Among those that participated in the meeting was President of Mongolia Bat Erdene.",
  ])("%s", (sentence) => {
    expect(
      read(`It was chaired by President of Azerbaijan Rauf Mammadov. ${sentence}`).map(({ name }) => name),
    ).toContain("Bat Erdene");
  });

  it("is not those who only signed or were mentioned", () => {
    expect(
      read(
        "It was chaired by President of Azerbaijan Rauf Mammadov. Among those who signed the founding treaty in 2009 was President of Mongolia Bat Erdene.",
      ).map(({ name }) => name),
    ).not.toContain("Bat Erdene");
  });
});

describe("'chaired from <place> by X'", () => {
  it.each(["Baku", "the Kremlin", "Nur-Sultan"])("chaired from %s by the chair", (place) => {
    expect(
      read(
        `The summit was chaired from ${place} by President of Azerbaijan Rauf Mammadov. President of Mongolia Bat Erdene took part.`,
      ),
    ).toContainEqual({ name: "Rauf Mammadov", role: "chair" });
  });
});
