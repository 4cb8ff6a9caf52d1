import { describe, expect, it } from "vitest";
import { scoKnowledge as knowledge } from "./fixtures/sco-knowledge";
import { readParticipants, splitParticipantList } from "./participants";
import { segment } from "./segment";

const read = (text: string, attendanceMode: "online" | "in_person" | "hybrid" = "in_person") =>
  readParticipants({
    text,
    paragraphs: segment(text),
    knowledge,
    date: "2020-11-10",
    attendanceMode,
    organizationId: "orgshanghaicooperationorganisati",
  });

describe("participants", () => {
  it("splits lists in both title orders without cutting inside known names", () => {
    const text =
      "Narendra Modi, Prime Minister of India, President of China Xi Jinping and Imran Khan, Prime Minister of Pakistan";
    expect(splitParticipantList(text, 0, text.length, knowledge).map((item) => item.text)).toEqual([
      "Narendra Modi, Prime Minister of India",
      "President of China Xi Jinping",
      "Imran Khan, Prime Minister of Pakistan",
    ]);
  });

  it("derives category, role and mode, and marks the chair and a video message", () => {
    const text =
      "The event was attended by Russian President Vladimir Putin and SCO Secretary General Vladimir Norov. " +
      "The summit was also attended by the heads of the SCO observer states: President of Iran Hassan Rouhani. " +
      "UN Secretary-General Antonio Guterres delivered a welcome video message. The meeting was chaired by Russian leader Vladimir Putin.";
    const { participants, chair } = read(text, "online");
    expect(participants.map((p) => [p.titleAsStated, p.category.value, p.role.value, p.mode.value])).toEqual([
      ["Russian President Vladimir Putin", "member_state", "chair", "videoconference"],
      ["SCO Secretary General Vladimir Norov", "igo_official", "participant", "videoconference"],
      ["President of Iran Hassan Rouhani", "observer_state", "head_of_delegation", "videoconference"],
      ["UN Secretary-General Antonio Guterres", "guest_organization", "speaker", "video_message"],
    ]);
    expect(chair?.value.protocolOrder).toBe(1);
    expect(participants[0]!.occupancyId).toBe("occvladimirputin");
  });

  it("proposes an unknown person as new, with the known post", () => {
    const { participants } = read("The meeting was attended by President of Mongolia Ukhnaagiin Khurelsukh.");
    expect(participants[0]!.person.value).toMatchObject({
      status: "new",
      proposed: { name: "Ukhnaagiin Khurelsukh", familyName: "Khurelsukh" },
    });
    expect(participants[0]!.post?.value).toMatchObject({ status: "matched", id: "pstpresidentofmongolia" });
    expect(participants[0]!.occupancyId).toBeNull();
  });

  it("tells remote participants of an in-person meeting by their clause", () => {
    const text =
      "Russia was represented by President of Kazakhstan Kassym-Jomart Tokayev, while President Vladimir Putin participated via video link.";
    const { participants } = read(text, "hybrid");
    expect(participants.map((p) => [p.nameAsStated, p.mode.value])).toEqual([
      ["Kassym-Jomart Tokayev", "in_person"],
      ["Vladimir Putin", "videoconference"],
    ]);
  });
});
