import { describe, expect, it } from "vitest";
import { scoKnowledge as knowledge } from "./fixtures/sco-knowledge";
import { participantsOn } from "./participants-test-reading";

// Lead-ins of participant lists met in the third documents round's releases. Names are examples only.
const names = (text: string) =>
  participantsOn(text, {
    date: "2017-12-01",
    organizationId: "orgshanghaicooperationorganisati",
    knowledge,
  }).map((p) => p.nameAsStated);

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
        "His colleagues at the table were Nursultan Nazarbayev of Kazakhstan and Emomali Rahmon of Tajikistan.",
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

describe("a family name written first, called alone later", () => {
  it("takes 'Hu' after 'President Hu Jintao' for the same person", () => {
    expect(
      names(
        "Around the table sat Russian President Vladimir Putin and Chinese President Hu Jintao. Putin and Hu then met the press.",
      ),
    ).toEqual(["Vladimir Putin", "Hu Jintao"]);
    expect(
      names(
        "The delegations of the member states were led by Premier Li Keqiang and Prime Minister Kokhir Rasulzoda. Li and Rasulzoda took part in the talks.",
      ),
    ).toEqual(["Li Keqiang", "Kokhir Rasulzoda"]);
    expect(
      names(
        "Chinese President Xi Jinping and Russian President Vladimir Putin took part. Xi, Putin attended the dinner.",
      ),
    ).toEqual(["Xi Jinping", "Vladimir Putin"]);
  });

  it("keeps apart a one-word name with a title of its own, or one two people's first words share", () => {
    expect(
      names("Chinese President Hu Jintao took part. Foreign Minister Hu addressed the meeting."),
    ).toEqual(["Hu Jintao", "Hu"]);
    expect(names("President Li Wei and Premier Li Keqiang took part. Li then spoke to the press.")).toEqual([
      "Li Wei",
      "Li Keqiang",
    ]);
  });
});

describe("the one whose colleagues at the table are listed", () => {
  it("takes part too", () => {
    expect(
      names(
        "Vladimir Putin's colleagues at the table were Nursultan Nazarbayev of Kazakhstan and Emomali Rahmon of Tajikistan.",
      ),
    ).toEqual(["Vladimir Putin", "Nursultan Nazarbayev", "Emomali Rahmon"]);
    expect(
      names(
        "Emomali Rahmon's counterparts around the table included Kyrgyz President Kurmanbek Bakiyev and Islam Karimov of Uzbekistan.",
      ),
    ).toEqual(["Emomali Rahmon", "Kurmanbek Bakiyev", "Islam Karimov"]);
    expect(
      names(
        "President Nursultan Nazarbayev's partners at the table were Vladimir Putin of Russia and Emomali Rahmon of Tajikistan.",
      ),
    ).toEqual(["Nursultan Nazarbayev", "Vladimir Putin", "Emomali Rahmon"]);
  });

  it("not the owner of anything else before a list", () => {
    expect(
      names(
        "Taking part in Vladimir Putin's talks were Nursultan Nazarbayev of Kazakhstan and Emomali Rahmon of Tajikistan.",
      ),
    ).toEqual(["Nursultan Nazarbayev", "Emomali Rahmon"]);
  });
});
