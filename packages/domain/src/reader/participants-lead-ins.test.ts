import { describe, expect, it } from "vitest";
import { scoKnowledge as knowledge } from "./fixtures/sco-knowledge";
import { readParticipants } from "./participants";
import { segment } from "./segment";

// Lead-ins of participant lists met in the third documents round's releases. Names are examples only.
const names = (text: string) =>
  readParticipants({
    text,
    paragraphs: segment(text),
    knowledge,
    date: "2017-12-01",
    attendanceMode: "in_person",
    organizationId: "orgshanghaicooperationorganisati",
  }).participants.map((p) => p.nameAsStated);

describe("lists after 'The delegations of the member states were led by', 'Around the table sat', 'colleagues at the table were'", () => {
  it("reads a list after 'delegations of <whom> were led by'", () => {
    expect(
      names(
        "The delegations of the member states were led by Prime Minister of Kazakhstan Bakytzhan Sagintayev and Prime Minister of Tajikistan Kokhir Rasulzoda.",
      ),
    ).toEqual(["Bakytzhan Sagintayev", "Kokhir Rasulzoda"]);
    expect(
      names(
        "The delegations of the observer states were headed by Prime Minister of Belarus Andrei Kobyakov.",
      ),
    ).toEqual(["Andrei Kobyakov"]);
    expect(
      names(
        "The delegations of Kazakhstan and Kyrgyzstan were led by Prime Minister Bakytzhan Sagintayev and Prime Minister Sapar Isakov.",
      ),
    ).toEqual(["Bakytzhan Sagintayev", "Sapar Isakov"]);
  });

  it("reads a list after 'Around the table sat' and 'his colleagues at the table were'", () => {
    expect(
      names("Around the table sat Kazakh President Nursultan Nazarbayev and Tajik President Emomali Rahmon."),
    ).toEqual(["Nursultan Nazarbayev", "Emomali Rahmon"]);
    expect(
      names(
        "Vladimir Putin's colleagues at the table were Nursultan Nazarbayev of Kazakhstan and Emomali Rahmon of Tajikistan.",
      ),
    ).toEqual(["Nursultan Nazarbayev", "Emomali Rahmon"]);
    expect(
      names(
        "His counterparts around the table included Kyrgyz President Kurmanbek Bakiyev and Uzbek President Islam Karimov.",
      ),
    ).toEqual(["Kurmanbek Bakiyev", "Islam Karimov"]);
  });

  it("reads no one from the same words about something else", () => {
    expect(names("Around the table sat a model of the new monument.")).toEqual([]);
    expect(names("The delegations of the member states were led by the principles of the Charter.")).toEqual(
      [],
    );
    expect(names("His colleagues at the table were unanimous on the budget.")).toEqual([]);
  });
});
