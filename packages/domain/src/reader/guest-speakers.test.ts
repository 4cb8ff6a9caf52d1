// A guest named only as addressing the meeting ("UN Secretary-General X addressed the summit as a guest") takes part
// as a speaker — DOMAIN's participation role for someone who speaks at the meeting without a seat in a delegation at
// its table; named another way as well (in a list of those who attended), they keep their role. Every person here is
// invented.
import { describe, expect, it } from "vitest";
import { ids } from "./fixtures/world-knowledge";
import { participantsOn } from "./participants-test-reading";

const CICA = ids.organization("cica");

const roles = (text: string) =>
  participantsOn(text, { date: "2014-05-21", organizationId: CICA }).map((p) => [
    p.nameAsStated,
    p.role.value,
  ]);

describe("guest speakers", () => {
  it.each([
    "UN Secretary-General Lars Holm addressed the summit as a guest.",
    "UN Secretary-General Lars Holm spoke at the plenary session as a special guest.",
  ])("%s", (sentence) => {
    expect(
      roles(`President of Russia Ivan Petrov and President of Kazakhstan Arman Seitov attended. ${sentence}`),
    ).toContainEqual(["Lars Holm", "speaker"]);
  });

  it("keeps someone who addressed the summit with no word of a guest as a participant", () => {
    expect(
      roles(
        "President of Russia Ivan Petrov and President of Kazakhstan Arman Seitov attended. UN Secretary-General Lars Holm addressed the summit.",
      ),
    ).toContainEqual(["Lars Holm", "participant"]);
  });

  it("keeps a guest who is also named among those who attended as a participant", () => {
    expect(
      roles(
        "Attending were President of Russia Ivan Petrov and UN Secretary-General Lars Holm. UN Secretary-General Lars Holm addressed the summit as a guest.",
      ),
    ).toContainEqual(["Lars Holm", "participant"]);
  });
});
