// The chair the meeting's shape implies when no sentence says "X chaired": "The meeting, which X led", "In his capacity
// as Chairman of the Summit, X …", "Y, which held the chairmanship of Z in <the meeting's year>", "Chaired by the
// monarch of the host country", the host who opened the summit or welcomed the leaders; and what must not make a chair
// (another meeting's chair, a side event, a moderator, a past chair, a host who is not the term's chair, two hosts).
// Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { styles3Knowledge } from "./fixtures/styles3-knowledge";
import type { ReaderKnowledge } from "./knowledge";
import { readPressRelease } from "./read-press-release";

const LEADERS =
  "Taking part were President Emomali Rahmon of Tajikistan, President Vladimir Putin of Russia and President Sadyr Japarov of Kyrgyzstan.";

const chairOf = (
  body: string,
  { header = "Leaders meet\n\n5 October 2007", knowledge = eurasiaKnowledge as ReaderKnowledge } = {},
) => {
  const chairs = readPressRelease(`${header}\n\n${body}`, knowledge).participants.filter(
    (participant) => participant.role.value === "chair",
  );
  return chairs.map((chair) => ({ name: chair.nameAsStated, confidence: chair.role.confidence }));
};

describe("a chair stated in a form of its own", () => {
  it.each([
    "The summit of the Council of Heads of State took place in Dushanbe. The meeting, which President Emomali Rahmon of Tajikistan led, brought together President Vladimir Putin of Russia and President Sadyr Japarov of Kyrgyzstan.",
    `The Council of Heads of State met in Dushanbe. In his capacity as Chairman of the Sixteenth Summit, President Emomali Rahmon of Tajikistan welcomed President Vladimir Putin of Russia and President Sadyr Japarov of Kyrgyzstan.`,
  ])("is the leader it names, at 0.8: %s", (body) => {
    expect(chairOf(body)).toEqual([{ name: "Emomali Rahmon", confidence: 0.8 }]);
  });

  it.each([
    "The Council of Heads of State met in Dushanbe. The talks, which President Emomali Rahmon of Tajikistan chaired, were attended by President Vladimir Putin of Russia and President Sadyr Japarov of Kyrgyzstan.",
    `The Council of Heads of State met in Dushanbe. In his capacity as Chairman of the Summit, President Emomali Rahmon of Tajikistan welcomed the delegations. ${LEADERS}`,
    `The Council of Heads of State met in Dushanbe. President Emomali Rahmon of Tajikistan, in his capacity as Chairman of the meeting, thanked the delegations. ${LEADERS}`,
  ])("is the leader it names, as the participants' reading had it: %s", (body) => {
    expect(chairOf(body).map((chair) => chair.name)).toEqual(["Emomali Rahmon"]);
  });

  it.each([
    // Another meeting's chair in the same form.
    `The Council of Heads of State met in Dushanbe. The foreign ministers' meeting, which President Emomali Rahmon of Tajikistan opened and chaired, prepared the documents. ${LEADERS}`,
    `The Council of Heads of State met in Dushanbe. The business forum session, which President Emomali Rahmon of Tajikistan led, drew investors. ${LEADERS}`,
    `The Council of Heads of State met in Dushanbe. The previous summit, which President Sadyr Japarov of Kyrgyzstan chaired, was held in Bishkek. ${LEADERS}`,
    `The Council of Heads of State met in Dushanbe. In his capacity as Chairman of the Council of Foreign Ministers, President Emomali Rahmon of Tajikistan reported on the preparations. ${LEADERS}`,
    `The Council of Heads of State met in Dushanbe. In his capacity as Chairman of the next summit, President Sadyr Japarov of Kyrgyzstan invited the leaders to Bishkek. ${LEADERS}`,
  ])("is no one when the meeting is another: %s", (body) => {
    expect(chairOf(body)).toEqual([]);
  });
});

describe("a chair by country with the meeting's own year", () => {
  const header = "Leaders meet\n\n5 November 2001";
  const body = (clause: string) =>
    `The ASEAN Summit was held in Bandar Seri Begawan. Brunei Darussalam, ${clause}, set the agenda. Taking part were Sultan Hassanal Bolkiah of Brunei Darussalam, Prime Minister Hun Sen of Cambodia and President Megawati Sukarnoputri of Indonesia.`;

  it("is that country's leader, at 0.6", () => {
    expect(chairOf(body("which held the chairmanship of ASEAN in 2001"), { header })).toEqual([
      { name: "Hassanal Bolkiah", confidence: 0.6 },
    ]);
    expect(chairOf(body("which held the rotating chair in 2001"), { header })).toEqual([
      { name: "Hassanal Bolkiah", confidence: 0.6 },
    ]);
  });

  it.each([
    // Another year's term, another organization's chairmanship.
    "which held the chairmanship of ASEAN in 1995",
    "which held the chairmanship of the Organisation of Islamic Cooperation in 2001",
  ])("is no one for %s", (clause) => {
    expect(chairOf(body(clause), { header })).toEqual([]);
  });
});

describe("a chair by office of the host", () => {
  it("is the host's leader of that office, at 0.6", () => {
    expect(
      chairOf(
        "The Council of Heads of State met in Dushanbe. Chaired by the President of the host country, the meeting was attended by President Emomali Rahmon of Tajikistan, President Vladimir Putin of Russia and President Sadyr Japarov of Kyrgyzstan.",
      ),
    ).toEqual([{ name: "Emomali Rahmon", confidence: 0.6 }]);
    expect(
      chairOf(
        `The Council of Heads of State met in Dushanbe. The President of the host country opened the meeting. ${LEADERS}`,
      ),
    ).toEqual([{ name: "Emomali Rahmon", confidence: 0.6 }]);
  });

  it("is no one when the host's leader holds another office, or the host is not known", () => {
    expect(
      chairOf(
        `The Council of Heads of State met in Dushanbe. Chaired by the monarch of the host country, the meeting went on for hours. ${LEADERS}`,
      ),
    ).toEqual([]);
    expect(
      chairOf(
        `The Council of Heads of State met at a resort. Chaired by the President of the host country, the meeting went on for hours. ${LEADERS}`,
      ),
    ).toEqual([]);
  });
});

describe("the host who opened the summit or welcomed the leaders", () => {
  it.each([
    `The Council of Heads of State met in Dushanbe. President Emomali Rahmon of Tajikistan opened and closed the summit. ${LEADERS}`,
    `The Council of Heads of State met in Dushanbe. President Emomali Rahmon of Tajikistan welcomed the leaders of the Commonwealth to the meeting. ${LEADERS}`,
    "The Council of Heads of State met in Dushanbe. President Emomali Rahmon of Tajikistan welcomed President Vladimir Putin of Russia and President Sadyr Japarov of Kyrgyzstan to the summit.",
  ])("chairs at 0.5, below a stated chair: %s", (body) => {
    expect(chairOf(body)).toEqual([{ name: "Emomali Rahmon", confidence: 0.5 }]);
  });

  it("chairs at 0.6 when the organization's term that year is the host's", () => {
    const body =
      "ST PETERSBURG, 26 December — President of Russia Vladimir Putin welcomed the leaders of the Commonwealth to the informal meeting of the CIS heads of state. Attending were President of Kazakhstan Kassym-Jomart Tokayev and President of Kyrgyzstan Sadyr Japarov.";
    // The knowledge has Kazakhstan's term from 2022 and Kyrgyzstan's from 2023, with no end.
    expect(chairOf(body, { header: "CIS leaders meet\n\n26 December 2022" })).toEqual([]);
    expect(
      chairOf(
        body
          .replace("President of Russia Vladimir Putin", "President of Kazakhstan Kassym-Jomart Tokayev")
          .replace(
            "President of Kazakhstan Kassym-Jomart Tokayev and",
            "President of Russia Vladimir Putin and",
          ),
        { header: "CIS leaders meet\n\n26 December 2022" },
      ),
    ).toEqual([{ name: "Kassym-Jomart Tokayev", confidence: 0.6 }]);
    // An open term begun in an earlier year says nothing of this year's chair.
    expect(chairOf(body, { header: "CIS leaders meet\n\n26 December 2024" })).toEqual([
      { name: "Vladimir Putin", confidence: 0.5 },
    ]);
  });

  it("leaves a chair stated otherwise as it is", () => {
    expect(
      chairOf(
        "The Council of Heads of State met in Dushanbe under the chairmanship of President Sadyr Japarov of Kyrgyzstan. President Emomali Rahmon of Tajikistan welcomed the leaders. President Vladimir Putin of Russia also took part.",
      ),
    ).toEqual([{ name: "Sadyr Japarov", confidence: 0.9 }]);
  });

  it.each([
    // Another event opened, a reaction welcomed, a moderator, a past chair, a host of another country, two hosts.
    `The Council of Heads of State met in Dushanbe. President Emomali Rahmon of Tajikistan opened the business forum on the sidelines. ${LEADERS}`,
    `The Council of Heads of State met in Dushanbe. President Emomali Rahmon of Tajikistan opened an exhibition of crafts. ${LEADERS}`,
    `The Council of Heads of State met in Dushanbe. President Emomali Rahmon of Tajikistan welcomed the decision to meet again. ${LEADERS}`,
    `The Council of Heads of State met in Dushanbe. A panel on trade was moderated by CIS Secretary General Sergey Lebedev. ${LEADERS}`,
    `The Council of Heads of State met in Dushanbe. President Sadyr Japarov of Kyrgyzstan, who chaired the previous summit, welcomed the leaders. ${LEADERS}`,
    `The Council of Heads of State met in Moscow. President Emomali Rahmon of Tajikistan welcomed the leaders. ${LEADERS}`,
    `The Council of Heads of State met in a resort. President Emomali Rahmon of Tajikistan welcomed the leaders, and President Sadyr Japarov of Kyrgyzstan welcomed the guests. ${LEADERS}`,
  ])("chairs no one: %s", (body) => {
    expect(chairOf(body)).toEqual([]);
  });

  it("is the host monarch who opened the session of a Gulf summit (an opening the participants' reading has)", () => {
    expect(
      chairOf(
        "MANAMA, 6 December — King Hamad bin Isa Al Khalifa of Bahrain opened the 37th session of the Supreme Council of the Gulf Cooperation Council. Emir Tamim bin Hamad Al Thani of Qatar also attended.",
        { header: "GCC summit\n\n6 December 2016", knowledge: styles3Knowledge },
      ),
    ).toEqual([{ name: "Hamad bin Isa Al Khalifa", confidence: 0.7 }]);
  });
});
