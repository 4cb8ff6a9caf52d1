// A meeting held online told of the leaders rather than of the meeting: "Leaders of the ten members linked up by video
// on Tuesday for a Special Summit", "the heads of state met online". Before, only "the summit was held via
// videoconference" and its like made a meeting online, so everyone in the ASEAN video-summit fixture was read as there
// in person. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { readAttendanceMode } from "./meeting";

const mode = (text: string) => readAttendanceMode(text, 0, text.length).value;

describe("the leaders meeting online", () => {
  it.each([
    "Leaders of the ten member states linked up by video on Tuesday for a special summit on the pandemic.",
    "The heads of state met by videoconference on Friday to review the bloc's response.",
    "The presidents met online for their annual summit, chaired from Hanoi.",
    "The members of the Council convened via video link for an extraordinary session.",
    "Prime ministers of the five states gathered virtually for the summit.",
    "The heads of government conferred by teleconference ahead of the deadline and adopted a joint statement.",
  ])("%s", (text) => {
    expect(mode(text)).toBe("online");
  });

  it("a meeting in person that some joined online is hybrid", () => {
    expect(
      mode(
        "The leaders met by video link for the opening session, and in person in Hanoi for the rest of it.",
      ),
    ).toBe("hybrid");
  });

  it("an earlier or a later online meeting does not make this one online", () => {
    expect(
      mode("The summit opened in Jakarta on Monday. The leaders had met by videoconference in April."),
    ).toBe("in_person");
    expect(mode("The summit opened in Jakarta. The leaders will meet online again in December.")).toBe(
      "in_person",
    );
  });

  it("the leaders met someone online beside an in-person summit: the format is not the meeting's", () => {
    expect(mode("The summit was held in Kazan. Leaders met with business groups in the city.")).toBe(
      "in_person",
    );
  });
});
