// The capacity in which each person took part: the words about them, the reference data's memberships, the sentence.
import { describe, expect, it } from "vitest";
import { categoryHintOf } from "./categories";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readParticipants } from "./participants";
import { segment } from "./segment";

const OTS = ids.organization("ots");
const EAEU = ids.organization("eaeu");
const CIS = ids.organization("cis");
const BRICS = ids.organization("brics");

const categories = (text: string, organizationId = OTS, date = "2023-11-03") =>
  readParticipants({
    text,
    paragraphs: segment(text),
    knowledge: eurasiaKnowledge,
    date,
    attendanceMode: "in_person",
    organizationId,
  }).participants.map((p) => [p.nameAsStated, p.category.value, p.role.value]);

describe("the words of the sentence", () => {
  it("name one category or none", () => {
    expect(categoryHintOf("as guests of the presiding side")).toBe("guest_state");
    expect(categoryHintOf("the heads of the member states and of the observer states")).toBeNull();
    expect(categoryHintOf("were also invited to join the talks")).toBe("guest_state");
    expect(categoryHintOf("were also invited to join the talks", true)).toBeNull();
  });
});

describe("words about one person", () => {
  it.each([
    [
      "The summit was attended by President of Azerbaijan Ilham Aliyev and President of Cuba Miguel Díaz-Canel, who was invited as a guest of honour.",
      [
        ["Ilham Aliyev", "member_state", "head_of_delegation"],
        ["Miguel Díaz-Canel", "guest_state", "head_of_delegation"],
      ],
    ],
    [
      "President of Azerbaijan Ilham Aliyev and, as a guest of the host, Prime Minister Ahmad Rahimi of Qatar took part in the summit.",
      [
        ["Ilham Aliyev", "member_state", "head_of_delegation"],
        ["Ahmad Rahimi", "guest_state", "head_of_delegation"],
      ],
    ],
    [
      "The summit was attended by Hungarian Prime Minister Viktor Orbán, who came as a guest of the chair, and Kazakh President Kassym-Jomart Tokayev.",
      [
        ["Viktor Orbán", "guest_state", "head_of_delegation"],
        ["Kassym-Jomart Tokayev", "member_state", "head_of_delegation"],
      ],
    ],
  ])("belong to that person alone and outweigh the reference data: %s", (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe("words about a list", () => {
  it.each([
    [
      "Hungarian Prime Minister Viktor Orbán took part as a guest of the presiding side.",
      [["Viktor Orbán", "guest_state", "head_of_delegation"]],
    ],
    [
      "Attending as guests of the chair were President of Cuba Miguel Díaz-Canel and Emir of Qatar Tamim bin Hamad Al Thani.",
      [
        ["Miguel Díaz-Canel", "guest_state", "head_of_delegation"],
        ["Tamim bin Hamad Al Thani", "guest_state", "head_of_delegation"],
      ],
    ],
    [
      "President of Cuba Miguel Díaz-Canel and President Farid Mammadov of Palestine attended the summit as observers.",
      [
        ["Miguel Díaz-Canel", "observer_state", "head_of_delegation"],
        ["Farid Mammadov", "observer_state", "head_of_delegation"],
      ],
    ],
    [
      "The heads of the observer states and the member states took part: President of Azerbaijan Ilham Aliyev and Hungarian Prime Minister Viktor Orbán.",
      [
        ["Ilham Aliyev", "member_state", "head_of_delegation"],
        ["Viktor Orbán", "observer_state", "head_of_delegation"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  it.each([
    "The summit, to which the host invited several partners, was attended by President of Azerbaijan Ilham Aliyev and Hungarian Prime Minister Viktor Orbán.",
    "Also invited to join the talks were President of Azerbaijan Ilham Aliyev and Hungarian Prime Minister Viktor Orbán.",
    "President of Azerbaijan Ilham Aliyev and Hungarian Prime Minister Viktor Orbán were also invited to join the talks.",
  ])("leaves a bare invitation to the reference data: %s", (text) => {
    expect(categories(text)).toEqual([
      ["Ilham Aliyev", "member_state", "head_of_delegation"],
      ["Viktor Orbán", "observer_state", "head_of_delegation"],
    ]);
  });
});

describe("officials of an organization", () => {
  it.each([
    ["Also present were Secretary-General Talgat Muratbekov and President of Azerbaijan Ilham Aliyev.", OTS],
    ["Executive Secretary Aidar Kenzhebekov and President of Azerbaijan Ilham Aliyev took part.", CIS],
    [
      "The meeting was attended by President of Azerbaijan Ilham Aliyev and the Commonwealth's Executive Secretary, Aidar Kenzhebekov.",
      CIS,
    ],
  ])("of an unnamed organization are the meeting's own: %s", (text, organization) => {
    const read = categories(text, organization);
    expect(read.find(([name]) => name !== "Ilham Aliyev")?.slice(1)).toEqual(["igo_official", "participant"]);
    expect(read.find(([name]) => name === "Ilham Aliyev")?.[1]).toBe("member_state");
  });

  it("of another organization are its guests", () => {
    expect(
      categories(
        "UN Secretary-General Antonio Guterres and Brazilian President Luiz Inácio Lula da Silva attended the summit.",
        BRICS,
        "2023-08-22",
      ).map(([, category]) => category),
    ).toEqual(["guest_organization", "member_state"]);
  });
});

describe("founders before the founding treaty comes into force", () => {
  it.each([
    "Heads of state Nursultan Nazarbayev, Alexander Lukashenko and Vladimir Putin took part in the meeting. President of Armenia Serzh Sargsyan also attended.",
    "The meeting was attended by President of Kazakhstan Nursultan Nazarbayev, President of Belarus Alexander Lukashenko, Russian President Vladimir Putin and President of Armenia Serzh Sargsyan.",
    "Nursultan Nazarbayev, Alexander Lukashenko and Vladimir Putin were present. Armenian President Serzh Sargsyan was present too.",
  ])("meet as members; a later member does not: %s", (text) => {
    expect(categories(text, EAEU, "2014-05-29").map(([, category]) => category)).toEqual([
      "member_state",
      "member_state",
      "member_state",
      "guest_state",
    ]);
  });
});
