// A chair named after a description of the office, in a bracketed or dash aside ("led by the head of the presiding
// country (Kazakh President X)", "chaired by the host — Prime Minister X —"), the country of the description going
// with the person when the aside names none; a leader named as "the <country's> leader, X," after a run of names that
// closes with "and"; and "Among the leaders at the table were …" as a list of who took part. Every sentence is
// written for these tests; several of the people are ones the knowledge does not hold.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { readParticipantsOf } from "./participants-test-reading";
import { readPressRelease } from "./read-press-release";

const read = (body: string) =>
  readPressRelease(`Leaders meet\n\n5 October 2007\n\n${body}`, eurasiaKnowledge).participants;
const chairOf = (body: string) => {
  const chair = read(body).find((participant) => participant.role.value === "chair");
  return chair
    ? {
        name: chair.nameAsStated,
        country: chair.country?.value.countryId ?? null,
      }
    : null;
};

describe("a chair in an aside after a description of the office", () => {
  it.each([
    [
      "The Council of Heads of State met in Dushanbe. The session was led by the head of the presiding country (Kazakh President Nursultan Nazarbayev); the host, President of Tajikistan Emomali Rahmon, welcomed the delegations.",
      "Nursultan Nazarbayev",
      ids.country("KZ"),
    ],
    [
      "The Council of Heads of State met in Yerevan. The meeting was chaired by the Armenian head of government (Prime Minister Aram Vardanyan), whose country presides this year.",
      "Aram Vardanyan",
      ids.country("AM"),
    ],
    [
      "The Council of Heads of State met in Bishkek. The session was chaired by the host — President Kurmanbek Bakiyev of Kyrgyzstan — who opened the talks.",
      "Kurmanbek Bakiyev",
      ids.country("KG"),
    ],
    [
      "The Council of Heads of State met in Minsk. The talks were led by the Belarusian head of state (President Alexander Lukashenko).",
      "Alexander Lukashenko",
      ids.country("BY"),
    ],
  ])("is the person in the aside: %s", (body, name, country) => {
    expect(chairOf(body)).toEqual({ name, country });
  });

  it("leaves a chair named before an aside of his own as it was", () => {
    expect(
      chairOf(
        "The Council of Heads of State met in Dushanbe. The session was chaired by President of Tajikistan Emomali Rahmon (the host).",
      )?.name,
    ).toBe("Emomali Rahmon");
  });
});

describe("'the <country's> leader, X,' after a run of names closed by 'and'", () => {
  const posts = (body: string) =>
    read(body).map((participant) => [participant.nameAsStated, participant.titleAsStated]);
  it.each([
    [
      "The Council of Heads of State met in Dushanbe. Among the leaders at the table were Presidents Vladimir Putin, Alexander Lukashenko and Ilham Aliyev, the Armenian leader, Robert Kocharyan, and President of Turkmenistan Gurbanguly Berdimuhamedov.",
      "Robert Kocharyan",
      "the Armenian leader, Robert Kocharyan",
    ],
    [
      "The Council of Heads of State met in Chisinau. Also attending were Presidents Ivan Petrov and Ilham Aliyev, the Moldovan leader, Vasile Tarlev, and President of Belarus Alexander Lukashenko.",
      "Vasile Tarlev",
      "the Moldovan leader, Vasile Tarlev",
    ],
    [
      "The Council of Heads of State met in Baku. Taking part were Presidents Askar Akayev and Emomali Rahmon, the Georgian leader, Eduard Shevardnadze, and President of Belarus Alexander Lukashenko.",
      "Eduard Shevardnadze",
      "the Georgian leader, Eduard Shevardnadze",
    ],
  ])("goes with the name after it: %s", (body, name, title) => {
    const found = posts(body);
    expect(found).toContainEqual([name, title]);
    // The name that closed the run keeps no title of the next one's.
    expect(found.some(([, stated]) => /,\s+the\s+\w+\s+leader$/.test(stated!))).toBe(false);
  });

  it("stays with the name before it when that name is no run's last", () => {
    expect(
      posts(
        "The Council of Heads of State met in Dushanbe. Also attending were Ilham Aliyev, the Azerbaijani leader, and Robert Kocharyan.",
      ),
    ).toContainEqual(["Ilham Aliyev", "Ilham Aliyev, the Azerbaijani leader"]);
  });
});

describe("'Among the leaders … were' before a list", () => {
  it.each([
    "Among the leaders at the table were Presidents Vladimir Putin and Kurmanbek Bakiyev.",
    "Among the leaders present were Presidents Vladimir Putin and Kurmanbek Bakiyev.",
    "Among the heads of state attending were Presidents Vladimir Putin and Kurmanbek Bakiyev.",
  ])("reads the names as participants: %s", (sentence) => {
    const names = read(`The Council of Heads of State met in Dushanbe. ${sentence}`).map(
      (participant) => participant.nameAsStated,
    );
    expect(names).toEqual(expect.arrayContaining(["Vladimir Putin", "Kurmanbek Bakiyev"]));
  });

  it("does not read a list of later guests", () => {
    const names = read(
      "The Council of Heads of State met in Dushanbe under Kazakhstan's chairmanship. Among the leaders expected next year are Presidents Ivan Petrov and Pavel Sidorov.",
    ).map((participant) => participant.nameAsStated);
    expect(names).not.toContain("Ivan Petrov");
  });
});

describe("a chair in a relative clause of a wire", () => {
  it.each([
    "Prime Minister Anwar Ismail, who holds the rotating ASEAN chairmanship this year, opened the plenary session.",
    "Prime Minister Anwar Ismail, who holds the rotating BIMSTEC chairmanship, opened the plenary session.",
  ])("reads the chair of '…, who holds the rotating X chairmanship, opened …': %s", (sentence) => {
    const { participants } = readParticipantsOf(
      `The leaders met in the capital on Monday. ${sentence} Indonesian President Budi Santoso called for a power grid.`,
      { date: "2025-05-26", organizationId: null },
    );
    expect(participants.map((participant) => [participant.nameAsStated, participant.role.value])).toEqual([
      ["Anwar Ismail", "chair"],
      ["Budi Santoso", "head_of_delegation"],
    ]);
  });

  it("reads the chair of a full name without a title: 'X Y, who chairs it as host, welcomes …'", () => {
    const { participants } = readParticipantsOf(
      "The leaders meet in the capital today. The meeting opens. Emomali Rahmon, who chairs it as host, welcomes his counterparts. " +
        "Kazakh President Arman Teselov proposes a trade target.",
      { date: "2023-09-14", organizationId: null },
    );
    expect(participants.map((participant) => [participant.nameAsStated, participant.role.value])).toEqual([
      ["Emomali Rahmon", "chair"],
      ["Arman Teselov", "head_of_delegation"],
    ]);
  });
});
