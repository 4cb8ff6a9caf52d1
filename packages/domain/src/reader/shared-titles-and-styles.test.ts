// Titles shared by two people, royal and Malaysian styles around a name, and the organ a post is held in: "Presidents
// A and B of X and Y", "… ibni Al-Marhum <the late father's name>, Sultan of X", "Tan Sri X", "President of the Dewan
// Negara of Malaysia". Every person here is invented unless the knowledge holds them (Putin, Lukashenko).
import { describe, expect, it } from "vitest";
import { namesAndPosts as read } from "./participants-test-reading";
import { isTitleToken, sharedRoleNoun } from "./titles";

const csto = (sentences: string) =>
  read(`MOSCOW, 14 March 2019 — The CSTO Collective Security Council met today. ${sentences}`);
const asean = (sentences: string) =>
  read(`Bandar Seri Begawan, 14 March 2019 — The ASEAN Summit was held today. ${sentences}`);

describe("a plural title is one title shared by the names after it", () => {
  it.each([
    ["Presidents", "President"],
    ["the Prime Ministers", "Prime Minister"],
    ["the two Secretaries-General", "Secretary-General"],
    ["Crown Princes", "Crown Prince"],
  ])("%s → %s", (plural, noun) => {
    expect(sharedRoleNoun(plural)).toBe(noun);
  });

  it.each(["President", "the Presidents of Russia", "Ministers of Foreign Affairs"])(
    "%s is none",
    (title) => {
      expect(sharedRoleNoun(title)).toBeNull();
    },
  );
});

describe("'Presidents A and B of X and Y': each name with its own country, in order", () => {
  it("gives each president the post of his own country", () => {
    expect(
      csto("Presidents Vladimir Putin and Alexander Lukashenko of Russia and Belarus attended the session."),
    ).toEqual([
      { name: "Vladimir Putin", post: "President of Russia" },
      { name: "Alexander Lukashenko", post: "President of Belarus" },
    ]);
  });

  it("hands the second country to no one after the pair", () => {
    expect(
      asean(
        "Taking part were Presidents Arif Sasongko and Ramon Dizon of Indonesia and the Philippines; Kham Vongsa, Prime Minister of the Lao People's Democratic Republic; and Lee Hsien Loong, Prime Minister of Singapore.",
      ),
    ).toEqual([
      { name: "Arif Sasongko", post: "President of Indonesia" },
      { name: "Ramon Dizon", post: "President of the Philippines" },
      { name: "Kham Vongsa", post: "Prime Minister of Laos" },
      { name: "Lee Hsien Loong", post: "Prime Minister of Singapore" },
    ]);
  });
});

describe("royal and Malaysian styles around a name", () => {
  it("leaves the late father's name after 'ibni Al-Marhum' out of the ruler's", () => {
    expect(
      asean(
        "The Summit was attended by His Majesty Sultan Haji Omar Rahman Waddaulah ibni Al-Marhum Sultan Haji Yusof Saifuddien Waddien, the Sultan and Yang Di-Pertuan of Brunei Darussalam, and Lee Hsien Loong, Prime Minister of Singapore.",
      ).map((participant) => participant.name),
    ).toEqual(["Omar Rahman Waddaulah", "Lee Hsien Loong"]);
  });

  it("reads 'Tan Sri' as a style, and the chamber a president presides over as part of the post", () => {
    expect(
      asean(
        "The Summit was attended by Tan Sri Hamid Osman, President of the Dewan Negara of Malaysia, and Lee Hsien Loong, Prime Minister of Singapore.",
      ),
    ).toEqual([
      { name: "Hamid Osman", post: "President of the Dewan Negara of Malaysia" },
      { name: "Lee Hsien Loong", post: "Prime Minister of Singapore" },
    ]);
  });

  it("never takes a country's own style for such a chamber", () => {
    expect(
      asean("The Summit was attended by Kham Vongsa, Prime Minister of the Kingdom of Thailand."),
    ).toEqual([{ name: "Kham Vongsa", post: "Prime Minister of Thailand" }]);
  });
});

describe("two offices of one person joined by 'and' after the name", () => {
  const ots = (sentences: string) =>
    read(
      `BAKU, 14 March 2019 — The Council of Heads of State of the Organization of Turkic States met today. ${sentences}`,
    );

  it("takes the office scoped by the country for the post, and reads no second person", () => {
    expect(
      ots(
        "The summit was attended by His Royal Highness Prince Faisal bin Omar Al Rashid, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia, and H.E. Arman Teselov, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan.",
      ),
    ).toEqual([
      { name: "Faisal bin Omar Al Rashid", post: "Prime Minister of Saudi Arabia" },
      { name: "Arman Teselov", post: "Foreign Minister of Kazakhstan" },
    ]);
  });

  it("keeps a second office after a first one to its holder, not to the next name", () => {
    expect(
      ots(
        "The summit was attended by H.E. Daniil Vorkut, National Leader of the Turkmen People and Chairman of the Halk Maslahaty of Turkmenistan, and H.E. Arman Teselov, President of Kazakhstan.",
      ),
    ).toEqual([
      { name: "Daniil Vorkut", post: "Chairman of the Halk Maslahaty of Turkmenistan" },
      { name: "Arman Teselov", post: "President of Kazakhstan" },
    ]);
  });
});

describe("a diplomat's rank before the name, and a place after 'of'", () => {
  const ots = (sentences: string) =>
    read(
      `BAKU, 14 March 2019 — The Council of Heads of State of the Organization of Turkic States met today. The Summit was chaired by Ilham Aliyev, President of Azerbaijan. ${sentences}`,
    ).slice(1);

  it.each([
    "The Secretary General of the Organization, Ambassador Bolot Asanov, addressed the Summit.",
    "The Summit was attended by Arman Teselov, President of Kazakhstan, and the Secretary General of the Organization, Ambassador Bolot Asanov.",
  ])("reads 'Ambassador' as a style, the post before it as the post: %s", (sentence) => {
    expect(ots(sentence).at(-1)).toEqual({ name: "Bolot Asanov", post: "Secretary General of the OTS" });
  });

  it("never takes the words after 'of' in a state's long name for a person", () => {
    expect(
      ots(
        "H.E. Ersin Demir, President of the Turkish Republic of Northern Cyprus, also attended as an observer.",
      ),
    ).toEqual([{ name: "Ersin Demir", post: "President of the Turkish Republic of Northern Cyprus" }]);
  });
});

describe("a plural title in '-ies' is a title, never a name", () => {
  it.each(["Secretaries-General", "Secretaries", "Deputies"])("%s", (word) => {
    expect(isTitleToken(word)).toBe(true);
  });

  it("reads no person called 'Secretaries-General'", () => {
    expect(
      asean(
        "Lee Hsien Loong, Prime Minister of Singapore, attended. The two Secretaries-General, Bolot Asanov of the Gulf Forum and Dr. Kao Kim Hourn of ASEAN, were also in attendance.",
      ).map((participant) => participant.name),
    ).not.toContain("Secretaries-General");
  });
});
