// The capacity in which each person took part: the words about them, the reference data's memberships, the sentence.
import { describe, expect, it } from "vitest";
import { categoryHintOf } from "./categories";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readParticipants } from "./participants";
import { segment } from "./segment";
import { participantsOn } from "./participants-test-reading";

const OTS = ids.organization("ots");
const EAEU = ids.organization("eaeu");
const CIS = ids.organization("cis");
const BRICS = ids.organization("brics");

const categories = (text: string, organizationId = OTS, date = "2023-11-03") =>
  participantsOn(text, { date, organizationId }).map((p) => [p.nameAsStated, p.category.value, p.role.value]);

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
    [
      "Taking part were Kazakh President Kassym-Jomart Tokayev and Azerbaijani President Ilham Aliyev, as well as Hungarian Prime Minister Viktor Orbán, who was invited as a guest of honour.",
      [
        ["Kassym-Jomart Tokayev", "member_state", "head_of_delegation"],
        ["Ilham Aliyev", "member_state", "head_of_delegation"],
        ["Viktor Orbán", "guest_state", "head_of_delegation"],
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

const SCO = ids.organization("shanghai-cooperation-organisati");
const CICA = ids.organization("cica");

describe("a country the reference data does not hold", () => {
  it.each([
    "The summit was attended by President of Nepal Arjun Thapa and President of Kazakhstan Kassym-Jomart Tokayev.",
    "President of Kazakhstan Kassym-Jomart Tokayev and Prime Minister of Nepal Arjun Thapa were present.",
    "Also attending was President of Nepal Arjun Thapa.",
  ])("is read as a member when no word says otherwise, at low confidence: %s", (text) => {
    const read = readParticipants({
      text,
      paragraphs: segment(text),
      knowledge: eurasiaKnowledge,
      date: "2019-06-15",
      attendanceMode: "in_person",
      organizationId: CICA,
    }).participants.find((p) => p.nameAsStated === "Arjun Thapa")!;
    expect(read.category.value).toBe("member_state");
    expect(read.category.confidence).toBeLessThan(0.6);
  });

  it.each([
    ["President of Nepal Arjun Thapa took part as a guest of the chair.", "guest_state"],
    ["President of Nepal Arjun Thapa attended the summit as an observer.", "observer_state"],
    [
      "Attending as guests of the host were President of Nepal Arjun Thapa and Emir of Qatar Tamim bin Hamad Al Thani.",
      "guest_state",
    ],
  ])("takes the words about it: %s", (text, category) => {
    expect(categories(text, CICA, "2019-06-15").find(([name]) => name === "Arjun Thapa")?.[1]).toBe(category);
  });

  it.each([
    "The outreach session brought together President of Cuba Miguel Díaz-Canel, Emir of Qatar Tamim bin Hamad Al Thani and President of Nepal Arjun Thapa.",
    "President of Nepal Arjun Thapa, President of Cuba Miguel Díaz-Canel and Emir of Qatar Tamim bin Hamad Al Thani attended the dialogue.",
    "Present were President of Cuba Miguel Díaz-Canel and President of Fiji Sitiveni Naulu.",
  ])("comes in the capacity the countries named with it share: %s", (text) => {
    expect(categories(text, BRICS, "2023-08-22").map(([, category]) => category)).toEqual(
      text.includes("Qatar") ? ["guest_state", "guest_state", "guest_state"] : ["guest_state", "guest_state"],
    );
  });

  it("follows no neighbours who disagree", () => {
    expect(
      categories(
        "President of Azerbaijan Ilham Aliyev, Hungarian Prime Minister Viktor Orbán and President of Nepal Arjun Thapa took part.",
      ).map(([, category]) => category),
    ).toEqual(["member_state", "observer_state", "member_state"]);
  });
});

describe("the reference data over a generic word of the sentence", () => {
  it.each([
    "President of Kazakhstan Kassym-Jomart Tokayev and President of Turkmenistan Serdar Berdimuhamedov attended the session of the council of member states.",
    "The meeting of the heads of the SCO member states was attended by President of Kazakhstan Kassym-Jomart Tokayev and President of Turkmenistan Serdar Berdimuhamedov.",
    "President of Kazakhstan Kassym-Jomart Tokayev and President of Turkmenistan Serdar Berdimuhamedov took part in the summit of the member states.",
  ])("a country the body does not count among its members that day is its guest: %s", (text) => {
    expect(categories(text, SCO, "2019-06-14").map(([, category]) => category)).toEqual([
      "member_state",
      "guest_state",
    ]);
  });

  it("but words about that person alone still decide", () => {
    expect(
      categories(
        "President of Turkmenistan Serdar Berdimuhamedov took part as head of a member state's delegation.",
        SCO,
        "2019-06-14",
      ).map(([, category]) => category),
    ).toEqual(["member_state"]);
  });
});

describe("memberships over time", () => {
  it.each([
    ["2019-06-14", "observer_state"],
    ["2024-07-04", "member_state"],
    ["2025-09-01", "member_state"],
  ])("Belarus at the SCO on %s", (date, category) => {
    expect(
      categories("President of Belarus Alexander Lukashenko attended the summit.", SCO, date)[0]?.[1],
    ).toBe(category);
  });

  it.each([
    ["2017-05-25", "guest_state"],
    ["2018-05-14", "observer_state"],
    ["2023-05-25", "observer_state"],
  ])("Moldova at the Eurasian Economic Union on %s", (date, category) => {
    expect(
      categories("Prime Minister of Moldova Dorin Vrabie attended the meeting.", EAEU, date)[0]?.[1],
    ).toBe(category);
  });

  it("reads a membership the reference data holds on one of the body's organs, and the latest with no date", () => {
    const council = ids.organization("ots-council-of-heads-of-state");
    const knowledge = {
      ...eurasiaKnowledge,
      memberships: [
        ...eurasiaKnowledge.memberships,
        {
          id: "mx1",
          organizationId: council,
          countryId: ids.country("CU"),
          status: "observer" as const,
          startDate: "2020-01-01",
          endDate: null,
        },
      ],
    };
    const text = "President of Cuba Miguel Díaz-Canel attended the summit.";
    const read = (date: string | null) =>
      readParticipants({
        text,
        paragraphs: segment(text),
        knowledge,
        date,
        attendanceMode: "in_person",
        organizationId: OTS,
      }).participants[0]?.category.value;
    expect(read("2023-11-03")).toBe("observer_state");
    expect(read("2019-11-03")).toBe("guest_state");
    expect(
      readParticipants({
        text: "President of Belarus Alexander Lukashenko attended the summit.",
        paragraphs: segment("President of Belarus Alexander Lukashenko attended the summit."),
        knowledge: eurasiaKnowledge,
        date: null,
        attendanceMode: "in_person",
        organizationId: SCO,
      }).participants[0]?.category.value,
    ).toBe("member_state");
  });
});

describe("officials of an organization the reference data does not hold", () => {
  it.each([
    "The meeting was attended by President of the Asian Infrastructure Investment Bank Hiro Tanabe and President of Azerbaijan Ilham Aliyev.",
    "Chairman of the Board of the Eurasian Development Bank Pavel Grekov and President of Azerbaijan Ilham Aliyev took part.",
    "Also present were Director-General of the International Energy Forum Hiro Tanabe and President of Azerbaijan Ilham Aliyev.",
  ])("are the guests of another organization, their name cut from its name: %s", (text) => {
    const read = categories(text, CIS, "2021-10-15");
    expect(read.map(([name]) => name).filter((name) => name !== "Ilham Aliyev")).toHaveLength(1);
    expect(read[0]?.[0]).toMatch(/^(?:Hiro Tanabe|Pavel Grekov)$/);
    expect(read[0]?.slice(1)).toEqual(["guest_organization", "participant"]);
    expect(read[1]).toEqual(["Ilham Aliyev", "member_state", "head_of_delegation"]);
  });

  it.each([
    "Chairman of the Executive Committee Boris Vetrov and President of Azerbaijan Ilham Aliyev took part.",
    "The meeting was attended by President of Azerbaijan Ilham Aliyev and Head of the Secretariat Boris Vetrov.",
    "Also present were Chairman of the Permanent Council Boris Vetrov and President of Azerbaijan Ilham Aliyev.",
  ])("but an organ named by its kind alone is the meeting's own: %s", (text) => {
    expect(
      categories(text, CIS, "2021-10-15")
        .find(([name]) => name === "Boris Vetrov")
        ?.slice(1),
    ).toEqual(["igo_official", "participant"]);
  });

  it.each([
    [
      "UN Secretary-General Antonio Guterres and President of Azerbaijan Ilham Aliyev took part.",
      "guest_organization",
    ],
    [
      "Secretary General of the OTS Talgat Muratbekov and President of Azerbaijan Ilham Aliyev took part.",
      "igo_official",
    ],
    [
      "Secretary General of the CSTO Ivan Rudov and President of Azerbaijan Ilham Aliyev took part.",
      "guest_organization",
    ],
  ])("while one the reference data holds is read by it: %s", (text, category) => {
    expect(categories(text, OTS)[0]?.[1]).toBe(category);
  });
});

describe("a body whose memberships the reference data does not hold", () => {
  const read = (text: string, organizationId: string | null) =>
    readParticipants({
      text,
      paragraphs: segment(text),
      knowledge: eurasiaKnowledge,
      date: "2022-05-16",
      attendanceMode: "in_person",
      organizationId,
    }).participants.map((p) => [p.nameAsStated, p.category.value]);

  it.each([
    [
      "The summit was attended by President of Azerbaijan Ilham Aliyev and Hungarian Prime Minister Viktor Orbán.",
      null,
    ],
    [
      "President of Azerbaijan Ilham Aliyev and Hungarian Prime Minister Viktor Orbán took part.",
      "orgsomeforumnotinthedata",
    ],
    [
      "Present were President of Azerbaijan Ilham Aliyev and Hungarian Prime Minister Viktor Orbán.",
      ids.organization("escap"),
    ],
  ])("reads its countries as members when no word says otherwise: %s", (text, organizationId) => {
    expect(read(text, organizationId)).toEqual([
      ["Ilham Aliyev", "member_state"],
      ["Viktor Orbán", "member_state"],
    ]);
  });

  it.each([
    "President of Azerbaijan Ilham Aliyev and, as a guest of the host, Hungarian Prime Minister Viktor Orbán took part.",
    "The summit was attended by President of Azerbaijan Ilham Aliyev and Hungarian Prime Minister Viktor Orbán, who was invited as a guest of honour.",
    "Present were President of Azerbaijan Ilham Aliyev and Hungarian Prime Minister Viktor Orbán, who came as an observer.",
  ])("but takes the words about one of them: %s", (text) => {
    expect(read(text, null)[1]?.[1]).toMatch(/^(?:guest_state|observer_state)$/);
    expect(read(text, null)[0]).toEqual(["Ilham Aliyev", "member_state"]);
  });
});

describe("an acceding or applicant state's leader is a guest", () => {
  it.each([
    "as the leader of an acceding state",
    "whose country is acceding to the Union",
    "as head of an applicant state",
  ])("%s", (words) => {
    expect(categoryHintOf(words, true)).toBe("guest_state");
  });

  it("not when the words also name members", () => {
    expect(categoryHintOf("an applicant for membership", true)).toBeNull();
  });
});
