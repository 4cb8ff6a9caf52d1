import { describe, expect, it } from "vitest";
import { participantsAfterTwoLeaders } from "./participants-test-reading";

// Guards on this evening's participant rules: near-miss sentences after a release that already names its two
// participants, where no rule may take anyone else for a participant.

const OPENING = `BISHKEK, 9 June 2023 – The Council of Heads of State of the CIS met today. Taking part were President Aidos Serikov of Kazakhstan and President Ruslan Abdykov of Kyrgyzstan.`;

const others = (sentence: string) => participantsAfterTwoLeaders(OPENING, sentence).map(([name]) => name);

const GUARDS: Record<string, string[]> = {
  "given the floor elsewhere": [
    "At the press conference afterwards, the floor was given to Foreign Minister Tomas Varga.",
    "At the business forum on the eve, Chairman of the Chamber of Commerce Lev Orlin was given the floor.",
    "At a side event on water, Professor Mira Dalton took the floor.",
    "In the business council, Director General Oskar Wendt was given the floor first.",
    "During the press conference, Foreign Minister Tomas Varga took the floor.",
    "At the investment forum, Lev Orlin, Chairman of the Eurasian Bank, took the floor after the ministers.",
    "At the round table of experts, Professor Tomas Varga was given the floor.",
    "Tomas Varga, Chairman of the Business Council, was given the floor at the business dialogue held on the eve of the summit.",
    "At the youth forum held in parallel, the floor was given to Anna Kessler, President of the Student Union.",
  ],
  "beside the leaders": [
    "Alongside the host were his ministers, Foreign Minister Tomas Varga and Finance Minister Lev Orlin.",
    "Beside President Serikov stood his aide, Oskar Wendt, and adviser Mira Dalton.",
    "Accompanying the presidents were Foreign Minister Tomas Varga and Presidential Adviser Lev Orlin.",
    "Next to the leaders sat their foreign ministers, among them Tomas Varga.",
    "Joining the host were his aides, Chief of Staff Oskar Wendt and Press Secretary Mira Dalton.",
    "Beside him were his advisers Tomas Varga and Lev Orlin.",
    "Alongside the host, President Serikov, were his foreign and finance ministers, Tomas Varga and Lev Orlin.",
  ],
  "quoted or cited": [
    "As economist Lev Orlin has noted, trade within the region has doubled.",
    "The leaders recalled the words of President Tomas Varga of Armenia, who had proposed the plan in 1999.",
    "Quoting former Secretary General Oskar Wendt, the host said the door remained open.",
  ],
  "message or representative": [
    "President Tomas Varga of Armenia sent a message of greeting to the participants.",
  ],
  "another or a past meeting": [
    "The leaders of Russia Tomas Varga and Belarus Lev Orlin met in Minsk last week.",
    "During the founding session in 1991, the host, President Tomas Varga, signed the charter.",
    "At the last meeting, held in Minsk, Foreign Minister Tomas Varga presented the plan.",
    "The Council of Foreign Ministers, chaired by Foreign Minister Tomas Varga, met the day before.",
    "The presidents of Armenia Tomas Varga and Azerbaijan Lev Orlin will meet in Geneva next month.",
  ],
  "titles of documents and awards": [
    "The leaders adopted the Tomas Varga Programme for Youth Exchange.",
    "The Lev Orlin Prize for Peace was awarded to a school from Osh.",
    "The leaders signed the Declaration on the Centenary of Academician Oskar Wendt.",
  ],
  "countries and leaders without names": [
    "The leaders of Armenia and Azerbaijan sent their greetings.",
    "Armenia, Azerbaijan, Belarus and Moldova were represented at ministerial level.",
    "The heads of state of Armenia and Belarus did not attend.",
  ],
  "heads of bodies as authors": [
    "The leaders took note of the report by Secretary General of NORDAC Oskar Vaher on regional transport.",
    "A study prepared by Mira Dalton, President of the Steppe Academy, was circulated to the delegations.",
    "The report of the Executive Secretary of the Eurasian Bank Lev Orlin was noted.",
  ],
  "styles before places": [
    "The leaders thanked the people of Sheikh Zayed City for their welcome.",
    "The next meeting will be held at the Emir Sultan Hall in Bursa.",
    "The delegations stayed at the Sheikh Rashid Tower in Zarqa.",
  ],
  "honorary, former and late office holders": [
    "The leaders paid tribute to the late founder of the Commonwealth, President Tomas Varga.",
    "Former President of Armenia Tomas Varga, now honorary chairman of the Council of Elders, was remembered for his role in founding it.",
    "The Honorary Chairman of the Council of Elders, Lev Orlin, was mentioned in the host's speech.",
    "A minute of silence was observed in memory of the late President Tomas Varga.",
  ],
  "delegation and long list headings": [
    "The delegations of the following states were invited but did not attend: Armenia, Azerbaijan and Moldova.",
    "The following ministers will meet next month: Foreign Minister Tomas Varga and Finance Minister Lev Orlin.",
  ],
  "beside the leaders at other events": [
    "Joining the host at the evening concert were Culture Minister Tomas Varga and the singer Mira Dalton.",
    "Beside him was his interpreter, Oskar Wendt.",
    "With the host were his wife Lena Varga and his daughter.",
    "Joining the leaders at the gala dinner were the conductor Tomas Varga and the pianist Lev Orlin.",
    "Alongside President Serikov at the wreath-laying ceremony were Defence Minister Tomas Varga and Mayor Lev Orlin.",
  ],
  "leaders of countries at another time": [
    "The leaders of Armenia Tomas Varga and Azerbaijan Lev Orlin signed a peace treaty in Geneva in August.",
    "Tomas Varga of Armenia and Lev Orlin of Azerbaijan met in 2019 to settle the border.",
    "Armenia's Tomas Varga and Azerbaijan's Lev Orlin agreed on the corridor in March 2020.",
    "President Serikov chaired the talks with Tomas Varga of Armenia and Lev Orlin of Georgia a week earlier.",
    "President Serikov hosted the talks with Tomas Varga of Armenia and Lev Orlin of Georgia the previous month, on the eve of the forum.",
    "President Serikov chaired the talks with the bankers Tomas Varga of Eurobank and Lev Orlin of Steppe Capital on the sidelines.",
  ],
  "heads of bodies who sent words": [
    "The Secretary-General of the United Nations, H.E. Tomas Varga, sent a letter of greeting to the summit.",
    "The Honorary Chairman of the Council of Elders, H.E. Lev Orlin, was awarded the Order of Friendship.",
    "The Secretary-General of the United Nations, H.E. Tomas Varga, will address the next summit.",
    "Ivo Lind, President of the Nomad Foundation, sent his greetings to the leaders.",
  ],
  "styled rulers in passing": [
    "The leaders visited the Sheikh Hamad bin Saif Mosque in the old town.",
    "Sheikh Hamad bin Saif Al Maktar, Crown Prince of Zarqa, sent a message of greetings to the leaders.",
    "The Emir of Zarqa, Sheikh Hamad bin Saif, was thanked for his country's grant to the fund.",
    "H.E. Sheikh Hamad bin Saif Al Maktar, Crown Prince of Zarqa, will host the next summit.",
    "The leaders congratulated Sheikh Hamad bin Saif Al Maktar, Crown Prince of Zarqa, on his birthday.",
    "Emir Sultan Hamad, ruler of Zarqa, was remembered as a founder of the Council.",
  ],
  "lists one a line of no participants": [
    "The following documents were signed by the heads of delegations:\nAgreement on Transit of Goods;\nProtocol on Customs Cooperation.",
    "The heads of state were accompanied by the following ministers, who met separately the day before:\nTomas Varga, Minister of Foreign Affairs of the Republic of Armenia;\nLev Orlin, Minister of Finance of the Republic of Belarus.",
    "The leaders thanked the organisers, among them the following officials of the host city:\nTomas Varga, Mayor of Bishkek;\nLev Orlin, Head of Protocol.",
  ],
  "round-up subjects and stand-ins in passing": [
    "Armenia's president stayed at home and sent a telegram; Foreign Minister Tomas Varga, who was in Geneva, did not come either.",
    "Armenian President Tomas Varga, who did not attend, and Moldovan President Lev Orlin, who stayed away, both sent messages.",
  ],
  "bodies by abbreviation or academy, mentioned only": [
    "The leaders welcomed the appointment of Oskar Vaher as Secretary General of NORDAC.",
    "The Steppe Academy, whose president Timur Aliev founded it in 1995, marks its anniversary this year.",
    "The delegations of the following countries were led by their ambassadors: Armenia and Moldova.",
    "Students present from the Steppe Academy sang the anthem.",
  ],
  "honorific titles set off by commas, not at the table": [
    "The Secretary-General of the United Nations, H.E. Tomas Varga, was quoted by the host.",
    "The Honorary Chairman of the Council of Elders, H.E. Lev Orlin, passed away in March.",
    "The former Secretary-General of the CIS, H.E. Oskar Wendt, was awarded the Order of Friendship in absentia.",
  ],
  "stand-ins": [
    "President Tomas Varga of Armenia, who stayed at home, sent a message to the summit.",
    "Armenia's president could not attend and sent a letter of greetings.",
    // The one represented by someone else, who is there in his place (a known miss until the styles3 round).
    "President Tomas Varga of Armenia was represented by his foreign minister.",
  ],
};

describe("near-miss sentences add no participant to a release that names two", () => {
  for (const [group, sentences] of Object.entries(GUARDS)) {
    describe(group, () => {
      it.each(sentences)("%s", (sentence) => {
        expect(others(sentence)).toEqual([]);
      });
    });
  }
});

// Near misses the reader still takes for participants (none of them from this evening's rules): kept as known failures
// so that whoever narrows the rule behind one sees it turn green and moves it to the guards above.
const KNOWN_MISSES = [
  // A chair of another meeting, named before its subject (read as the chair of this one).
  "At the previous summit in 2019, President Tomas Varga of Armenia chaired the meeting.",
  // A relative clause on another organization's chair (read as a chair named by family name in an aside).
  "Tomas Varga, whose country holds the presidency of the Council of Europe, praised the plan in interviews.",
];

describe("near misses still read as participants (known)", () => {
  it.fails.each(KNOWN_MISSES)("%s", (sentence) => {
    expect(others(sentence)).toEqual([]);
  });
});
