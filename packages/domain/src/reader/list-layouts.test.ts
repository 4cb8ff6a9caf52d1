// The layouts real releases give their lists of participants (the list-layouts round): headings that name the people
// their lists hold, lines led by a country, initials with and without spaces, and stand-ins' titles. Every sentence
// here is made up for the rule it tests; the people are invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { scoreName, spaceInitials } from "./names";
import { readParticipants } from "./participants";
import { segment } from "./segment";
import { parseTitle } from "./titles";

const CIS = ids.organization("cis-council-of-heads-of-state");

const read = (text: string, date = "2014-10-10") => {
  const { participants } = readParticipants({
    text,
    paragraphs: segment(text),
    knowledge: eurasiaKnowledge,
    date,
    attendanceMode: "in_person",
    organizationId: CIS,
  });
  return participants.map((p) => ({
    name: p.nameAsStated,
    person: p.person.value.status === "matched" ? p.person.value.id : `new:${p.person.value.proposed.name}`,
    post:
      p.post === null
        ? null
        : p.post.value.status === "matched"
          ? p.post.value.id
          : `new:${p.post.value.proposed.label}`,
    category: p.category.value,
  }));
};

describe("a heading that names the people its list holds", () => {
  it.each([
    "The heads of the visiting delegations were:",
    "The remaining delegations were led as follows:",
    "Leaders of the member countries included:",
    "Taking part in the sitting:",
    "Participating:",
  ])("reads the lines under %s", (heading) => {
    const text = `The Council met in Minsk on Friday.\n\n${heading}\nDaniyar Serikov, President of Kazakhstan\nAibek Toktogulov, President of Kyrgyzstan\n\nThe talks lasted three hours.`;
    expect(read(text).map((p) => p.name)).toEqual(["Daniyar Serikov", "Aibek Toktogulov"]);
  });

  it("reads the list after 'the following delegations …:' in the same sentence, with the heading's category", () => {
    const text =
      "The observer states sent the following delegations to the session: H.E. Mr. Daniyar Serikov, President of Kazakhstan; H.E. Dr. Aibek Toktogulov, President of Kyrgyzstan.";
    expect(read(text).map((p) => [p.name, p.category])).toEqual([
      ["Daniyar Serikov", "observer_state"],
      ["Aibek Toktogulov", "observer_state"],
    ]);
  });

  it.each([
    "The documents signed by the heads of state were:\nAgreement on Border Cooperation\nProtocol on Customs Data",
    "The leaders discussed the following issues:\nTrade Between Members\nSecurity on Borders",
  ])("takes no heading over documents or topics for one over people: %s", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a line led by its delegation's country", () => {
  it("reads 'Country – Name, post', 'Country - Name' and 'Country: Name, post' lines, the country no part of the name", () => {
    const text =
      "Present at the session were:\nArmenia – Vardan Petrosyan, President of the Republic of Armenia\nKazakhstan - Nursultan Nazarbayev\nKyrgyzstan – Aibek Toktogulov\nTajikistan: Rustam Nazarov, President\n\nThe session closed at noon.";
    expect(read(text)).toEqual([
      {
        name: "Vardan Petrosyan",
        person: "new:Vardan Petrosyan",
        post: ids.post("president-of-armenia"),
        category: "member_state",
      },
      // No title: the post the known person held that day.
      {
        name: "Nursultan Nazarbayev",
        person: ids.person("nursultan-nazarbayev"),
        post: "pstpresidentofkazakhstan",
        category: "member_state",
      },
      // No title and not known: the post his list neighbours hold, for his own country.
      {
        name: "Aibek Toktogulov",
        person: "new:Aibek Toktogulov",
        post: ids.post("president-of-kyrgyzstan"),
        category: "member_state",
      },
      // A bare post: the line's country scopes it.
      {
        name: "Rustam Nazarov",
        person: "new:Rustam Nazarov",
        post: "pstpresidentoftajikistan",
        category: "member_state",
      },
    ]);
  });

  it("leaves a line whose lead is no country as it was", () => {
    const text =
      "Present at the session were:\nChairman – Aibek Toktogulov, President of Kyrgyzstan\n\nThe session closed at noon.";
    expect(read(text).map((p) => p.name)).toEqual(["Aibek Toktogulov"]);
  });
});

describe("initials with and without spaces", () => {
  it("keeps a list of spaced initials going past a two-letter initial ('A. Sh.')", () => {
    const text =
      "The heads of the delegations were:\nMr. A. Sh. Toktogulov, President of the Kyrgyz Republic\nMr. V. V. Putin, President of the Russian Federation\n\nThe talks lasted an hour.";
    expect(read(text).map((p) => [p.name, p.person])).toEqual([
      ["A. Sh. Toktogulov", "new:A. Sh. Toktogulov"],
      ["V. V. Putin", "pervladimirputin"],
    ]);
    expect(segment("Mr. A. Sh. Toktogulov attended. The talks ended.")[0]!.sentences).toHaveLength(2);
  });

  it("proposes a new person with initials written together as a record writes them", () => {
    const text = "The session was attended by the President of the Kyrgyz Republic A.Sh.Toktogulov.";
    expect(read(text).map((p) => [p.name, p.person])).toEqual([["A.Sh.Toktogulov", "new:A. Sh. Toktogulov"]]);
  });

  it.each([
    ["N.N.Ivanov", "N. N. Ivanov"],
    ["A.Sh. Bekov", "A. Sh. Bekov"],
    ["V. B. Petrov", "V. B. Petrov"],
    ["Dr.Aibek Toktogulov", "Dr. Aibek Toktogulov"],
    ["Aibek Toktogulov", "Aibek Toktogulov"],
  ])("spaces %s as %s", (name, spaced) => {
    expect(spaceInitials(name)).toBe(spaced);
  });
});

describe("a stand-in's title", () => {
  it("scopes an envoy's post by the country that sends him, not the one he is sent to", () => {
    const text = "Ambassador of Kazakhstan to Belarus";
    expect(parseTitle(text, 0, text.length, eurasiaKnowledge).country?.id).toBe(ids.country("KZ"));
    const unknown = "Ambassador of Ukraine to Belarus";
    expect(parseTitle(unknown, 0, unknown.length, eurasiaKnowledge).country).toBeNull();
  });

  it("reads an ambassador heading a delegation on a line led by a country the reference data lacks", () => {
    const text =
      "The other delegations were headed as follows:\nTajikistan: Rustam Nazarov, President\nUkraine: Petro Kovalenko, Ambassador of Ukraine to Belarus\n\nThe talks ended.";
    expect(read(text).map((p) => [p.name, p.post])).toEqual([
      ["Rustam Nazarov", "pstpresidentoftajikistan"],
      ["Petro Kovalenko", "new:Ambassador of Ukraine"],
    ]);
  });
});

describe("styles before a name and the post after it", () => {
  it("takes the post from the title after the name when the words before it only style the person", () => {
    const text =
      "The leaders present were:\nHis Majesty Sultan Haji Omar Ali Saifuddin, Sultan of Brunei Darussalam\nH.E. General Min Thura, Prime Minister of Thailand\n\nThe talks ended.";
    const { participants } = readParticipants({
      text,
      paragraphs: segment(text),
      knowledge: eurasiaKnowledge,
      date: "2009-02-28",
      attendanceMode: "in_person",
      organizationId: ids.organization("asean-summit"),
    });
    expect(
      participants.map((p) => [
        p.nameAsStated,
        p.post?.value.status === "matched" ? p.post.value.id : p.post?.value.proposed.label,
        p.category.value,
      ]),
    ).toEqual([
      ["Omar Ali Saifuddin", ids.post("sultan-of-brunei"), "member_state"],
      ["Min Thura", "Prime Minister of Thailand", "member_state"],
    ]);
  });

  it("knows a person named with more names after the known ones", () => {
    expect(scoreName("Hassanal Bolkiah Mu'izzaddin Waddaulah", "Hassanal Bolkiah")).toEqual({
      score: 0.88,
      reason: "known name and more",
    });
    // One known word is not enough, nor a known name the stated one does not start with.
    expect(scoreName("Lula Santos Pereira", "Lula").reason).not.toBe("known name and more");
    expect(scoreName("Ahmad Hassanal Bolkiah", "Hassanal Bolkiah").reason).not.toBe("known name and more");
  });
});

describe("numbered and bulleted lines, and a heading that is a noun phrase alone", () => {
  it.each([
    "The session was attended by:\n1. Daniyar Serikov, President of Kazakhstan\n2. Aibek Toktogulov, President of Kyrgyzstan",
    "The session was attended by:\n1) Daniyar Serikov, President of Kazakhstan\n2) Aibek Toktogulov, President of Kyrgyzstan",
    "The session was attended by:\n- Daniyar Serikov, President of Kazakhstan\n- Aibek Toktogulov, President of Kyrgyzstan",
    "The session was attended by:\n• Daniyar Serikov, President of Kazakhstan\n• Aibek Toktogulov, President of Kyrgyzstan",
    "Heads of delegations:\nDaniyar Serikov, President of Kazakhstan\nAibek Toktogulov, President of Kyrgyzstan",
  ])("%s", (list) => {
    const text = `The Council met in Minsk.\n\n${list}\n\nThe talks ended.`;
    expect(read(text).map((p) => [p.name, p.post])).toEqual([
      ["Daniyar Serikov", "pstpresidentofkazakhstan"],
      ["Aibek Toktogulov", ids.post("president-of-kyrgyzstan")],
    ]);
  });

  it("takes the category a noun heading gives its list", () => {
    const text =
      "Guests of the chair: Vardan Petrosyan, President of Armenia; Aibek Toktogulov, President of Kyrgyzstan.";
    expect(read(text).map((p) => p.category)).toEqual(["guest_state", "guest_state"]);
  });
});

describe("delegations headed by someone other than the head of state", () => {
  it.each([
    [
      "The delegation of Armenia was headed by Foreign Minister Vardan Petrosyan.",
      "Foreign Minister of Armenia",
    ],
    ["Representing Armenia was Foreign Minister Vardan Petrosyan.", "Foreign Minister of Armenia"],
    [
      "Heading the delegation of Armenia at the summit was Vice-President Vardan Petrosyan.",
      "Vice-President of Armenia",
    ],
  ])("%s", (text, post) => {
    expect(read(text).map((p) => [p.name, p.post, p.category])).toEqual([
      ["Vardan Petrosyan", `new:${post}`, "member_state"],
    ]);
  });

  it("reads 'The delegations were led by: Country – Name; …', the country no part of the name", () => {
    const text =
      "The delegations were led by: Armenia – Vardan Petrosyan; Belarus – Alexander Lukashenko; Kyrgyzstan – Aibek Toktogulov.";
    expect(read(text).map((p) => [p.name, p.category])).toEqual([
      ["Vardan Petrosyan", "member_state"],
      ["Alexander Lukashenko", "member_state"],
      ["Aibek Toktogulov", "member_state"],
    ]);
  });
});

describe("present in other words, and words sent in writing", () => {
  it("reads 'were also in the hall' as presence", () => {
    const text =
      "Alexander Lukashenko, President of Belarus, and Vardan Petrosyan, President of Armenia, were also in the hall.";
    expect(read(text).map((p) => p.name)).toEqual(["Alexander Lukashenko", "Vardan Petrosyan"]);
  });

  it.each([
    "Russia's President Vladimir Putin, in a letter read out by the chair, wished the meeting success.",
    "President Vladimir Putin of Russia, in a telegram to the chair, welcomed the summit's decisions.",
  ])("takes no one whose words came in writing: %s", (sentence) => {
    const text = `The summit was attended by Alexander Lukashenko, President of Belarus. ${sentence}`;
    expect(read(text).map((p) => p.name)).toEqual(["Alexander Lukashenko"]);
  });
});

describe("a title, a dash and the name", () => {
  it("reads 'Title – Name' lines, the dash no part of the name", () => {
    const text =
      "Taking part in the meeting:\nPresident of the Republic of Kazakhstan – N.A. Nazarbayev\nPresident of the Kyrgyz Republic - A.Sh. Toktogulov\n\nThe talks ended.";
    expect(read(text).map((p) => [p.name, p.person, p.post])).toEqual([
      ["N.A. Nazarbayev", ids.person("nursultan-nazarbayev"), "pstpresidentofkazakhstan"],
      ["A.Sh. Toktogulov", "new:A. Sh. Toktogulov", ids.post("president-of-kyrgyzstan")],
    ]);
  });
});

describe("a heading inside a list", () => {
  it("gives the lines under 'Observer states:' or 'Guests of the presiding side:' their category", () => {
    const text =
      "The session was attended by:\n\nMember states:\nDaniyar Serikov, President of Kazakhstan\n\nObserver states:\nVardan Petrosyan, President of Armenia\n\nGuests of the presiding side:\nRustam Nazarov, President of Tajikistan\n\nThe talks ended.";
    expect(read(text).map((p) => [p.name, p.category])).toEqual([
      ["Daniyar Serikov", "member_state"],
      ["Vardan Petrosyan", "observer_state"],
      ["Rustam Nazarov", "guest_state"],
    ]);
  });
});

describe("a stand-in in a clause of its own or with an aside", () => {
  it("reads 'Prime Minister X represented Kazakhstan', the country after the verb scoping the post", () => {
    expect(read("Prime Minister A. U. Temirov represented Kazakhstan at the talks.")).toEqual([
      {
        name: "A. U. Temirov",
        person: "new:A. U. Temirov",
        post: "new:Prime Minister of Kazakhstan",
        category: "member_state",
      },
    ]);
    expect(read("Daniyar Serikov represented Kazakhstan at the first summit in 2001.")).toEqual([]);
  });

  it("drops an aside on how one stood in, and reads the next item whole", () => {
    const text =
      "The summit was attended by H.E. Mr. Ilham Aliyev, President of the Republic of Azerbaijan; H.E. Mr. Vardan Petrosyan, Vice-President of the Republic of Armenia, representing the President; and H.E. Mr. Aibek Toktogulov, Special Envoy of the President of the Kyrgyz Republic.";
    expect(read(text).map((p) => [p.name, p.post])).toEqual([
      ["Ilham Aliyev", ids.post("president-of-azerbaijan")],
      ["Vardan Petrosyan", "new:Vice-President of Armenia"],
      ["Aibek Toktogulov", "new:Special Envoy of Kyrgyzstan"],
    ]);
  });
});

describe("the second chair round: a format of the meeting with the group met, then a colon", () => {
  const SCO = "orgshanghaicooperationorganisati";
  const names = (text: string) =>
    readParticipants({
      text,
      paragraphs: segment(text),
      knowledge: eurasiaKnowledge,
      date: "2009-06-16",
      attendanceMode: "in_person",
      organizationId: SCO,
    }).participants.map((p) => [p.nameAsStated, p.category.value]);

  it.each([
    "The member states also met the leaders of the observer states in a separate session: Prime Minister of India Ravi Anand and President of Iran Farhad Karimi.",
    "The heads of state then met with the leaders of the observer states in a joint session: Prime Minister of India Ravi Anand and President of Iran Farhad Karimi.",
    "The presidents met the heads of the observer states in a special format: Prime Minister of India Ravi Anand and President of Iran Farhad Karimi.",
  ])("reads the names after the colon as the group's, in its category: %s", (text) => {
    expect(names(text)).toEqual([
      ["Ravi Anand", "observer_state"],
      ["Farhad Karimi", "observer_state"],
    ]);
  });
});

describe("lines led by a country with no heading before them", () => {
  it.each([
    "The presidents signed the declaration.\nKazakhstan – Arman Teselov\nKyrgyzstan – Ruslan Abdykov\nTajikistan – Farrukh Nazarov\nThe next session is due in Minsk.",
    "Delegations and their heads\n\nKazakhstan - Arman Teselov\nKyrgyzstan - Ruslan Abdykov\nTajikistan - Farrukh Nazarov",
    "The session was short.\nKazakhstan: Arman Teselov\nKyrgyzstan: Ruslan Abdykov\nTajikistan: Farrukh Nazarov",
  ])("%s", (text) => {
    expect(read(text).map((p) => [p.name, p.category])).toEqual([
      ["Arman Teselov", "member_state"],
      ["Ruslan Abdykov", "member_state"],
      ["Farrukh Nazarov", "member_state"],
    ]);
  });

  it("not one such line alone, nor lines that are sentences", () => {
    expect(read("The session was short.\nKazakhstan – Arman Teselov\nIt ended at noon.")).toEqual([]);
    expect(
      read(
        "Kazakhstan - the largest economy - spoke of trade.\nKyrgyzstan - a smaller one - spoke of water.",
      ),
    ).toEqual([]);
  });
});
