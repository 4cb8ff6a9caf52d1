// The label of a post the knowledge does not hold: the title's own words of the post, before its country — a rank
// before the role noun ("First Vice-President"), a portfolio or organ after it ("Minister of State for External
// Affairs", "Deputy Prime Minister for the Council of Ministers' Affairs", "Premier of the State Council"), a portfolio
// with commas of its own, and the country in an aside before the title ("for India, Minister of Defence X"). Every
// person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { namesAndPosts as read } from "./participants-test-reading";
import { readPressRelease } from "./read-press-release";
import { parseTitle, postPhrase } from "./titles";

const sco = (sentences: string) =>
  read(`TASHKENT, 2 November 2019 — The SCO Council of Heads of Government met today. ${sentences}`);
const phraseOf = (title: string) => postPhrase(parseTitle(title, 0, title.length, knowledge));

describe("a new post keeps the title's words of the post", () => {
  it.each([
    ["First Vice-President of the Islamic Republic of Iran", "First Vice-President"],
    ["Second Vice-President of Afghanistan", "Second Vice-President"],
    ["Minister of State for External Affairs of India", "Minister of State for External Affairs"],
    [
      "Minister of Communications and Information Technology of Iran",
      "Minister of Communications and Information Technology",
    ],
    [
      "Deputy Prime Minister for the Council of Ministers' Affairs of the Sultanate of Oman",
      "Deputy Prime Minister for the Council of Ministers' Affairs",
    ],
    ["Premier of the State Council of the People's Republic of China", "Premier of the State Council"],
    ["Premier of the State Council", "Premier of the State Council"],
  ])("%s → %s", (title, phrase) => {
    expect(phraseOf(title)).toBe(phrase);
  });

  it.each([
    // No more than the noun: the post is the noun's, as before.
    "Prime Minister of the Kyrgyz Republic",
    "Emir of the State of Qatar",
    "Foreign Minister of Pakistan",
    // The foreign minister's post, named one way whatever the phrasing ("Foreign Minister of Kazakhstan").
    "Minister of Foreign Affairs of Kazakhstan",
    "Minister of External Affairs of India",
    // Another title after the noun, an envoy's "to", lower-case words: no portfolio.
    "Special Envoy of the President of the Kyrgyz Republic",
    "Ambassador of Ukraine to Belarus",
    "President of the host country",
  ])("%s → none", (title) => {
    expect(phraseOf(title)).toBeNull();
  });

  it("reads the long posts of a delegation list", () => {
    expect(
      sco(
        "Taking part were Premier of the State Council of the People's Republic of China Li Wen, First Vice-President of the Islamic Republic of Iran Reza Tavakoli and Minister of State for External Affairs of India Anil Varma.",
      ),
    ).toEqual([
      { name: "Li Wen", post: "Premier of the State Council of China" },
      { name: "Reza Tavakoli", post: "First Vice-President of Iran" },
      { name: "Anil Varma", post: "Minister of State for External Affairs of India" },
    ]);
  });

  it("keeps a rank when the name stands between the noun and the country", () => {
    expect(
      sco(
        "Taking part were First Vice President Reza Tavakoli of Iran, Second Vice-President Karim Nazari of Afghanistan and First Deputy Prime Minister Anvar Tursunov of Uzbekistan.",
      ),
    ).toEqual([
      { name: "Reza Tavakoli", post: "First Vice-President of Iran" },
      { name: "Karim Nazari", post: "Second Vice-President of Afghanistan" },
      { name: "Anvar Tursunov", post: "First Deputy Prime Minister of Uzbekistan" },
    ]);
  });

  it("keeps a portfolio after the name, up to the country's own style", () => {
    expect(
      sco(
        "Pakistan was represented by Imran Qureshi, Minister of State for Parliamentary Affairs of the Islamic Republic of Pakistan.",
      ),
    ).toEqual([{ name: "Imran Qureshi", post: "Minister of State for Parliamentary Affairs of Pakistan" }]);
  });

  it("ends the name before a portfolio joined by 'and'", () => {
    expect(
      sco("India was represented by Minister of State for External Affairs and Culture Kavita Rao."),
    ).toEqual([{ name: "Kavita Rao", post: "Minister of State for External Affairs and Culture of India" }]);
  });

  it("reads a portfolio with commas of its own as one title, not as a list", () => {
    expect(
      sco(
        "Taking part were Prime Minister of Kazakhstan Arman Seitov and Iran's Minister of Industry, Mine and Trade Hossein Karimi.",
      ),
    ).toEqual([
      { name: "Arman Seitov", post: "Prime Minister of Kazakhstan" },
      { name: "Hossein Karimi", post: "Minister of Industry, Mine and Trade of Iran" },
    ]);
  });
});

describe("'for <country>,' before a title with no country of its own", () => {
  it("gives the title that country", () => {
    expect(
      sco(
        "Taking part were Prime Minister of Kazakhstan Arman Seitov and, for India, Minister of Defence Vikram Nair.",
      ),
    ).toEqual([
      { name: "Arman Seitov", post: "Prime Minister of Kazakhstan" },
      { name: "Vikram Nair", post: "Minister of Defence of India" },
    ]);
  });

  it("and names the foreign minister's post as every phrasing of it is named", () => {
    expect(
      sco(
        "Taking part were Prime Minister of Kazakhstan Arman Seitov and, for India, Minister of External Affairs Vikram Nair.",
      ),
    ).toEqual([
      { name: "Arman Seitov", post: "Prime Minister of Kazakhstan" },
      { name: "Vikram Nair", post: "Foreign Minister of India" },
    ]);
  });

  it("gives no country to a title that names its own", () => {
    expect(
      sco(
        "Taking part were Prime Minister of Kazakhstan Arman Seitov and, for India, Minister of Defence of India Vikram Nair.",
      ),
    ).toEqual([
      { name: "Arman Seitov", post: "Prime Minister of Kazakhstan" },
      { name: "Vikram Nair", post: "Minister of Defence of India" },
    ]);
  });
});

describe("a title that only says what the person is at the meeting names no post", () => {
  const seec = (sentences: string) =>
    read(`BISHKEK, 9 December 2022 — The Supreme Eurasian Economic Council met today. ${sentences}`);

  it("gives the post the knowledge holds for the person on the date", () => {
    expect(seec("The host, Sadyr Japarov, chaired the session.")).toEqual([
      { name: "Sadyr Japarov", post: "President of Kyrgyzstan" },
    ]);
  });

  it("proposes no post 'The host' for someone the knowledge does not hold", () => {
    expect(seec("The host, Arman Seitov, chaired the session.")).toEqual([
      { name: "Arman Seitov", post: null },
    ]);
  });

  it("gives someone the knowledge does not hold the host country, named by its capital", () => {
    const [host] = readPressRelease(
      "BISHKEK, 9 December 2022 — The Supreme Eurasian Economic Council met today in the Kyrgyz capital. The host, Arman Seitov, chaired the session.",
      knowledge,
    ).participants;
    expect(host?.country?.value.countryId).toBe("ctykgx0001");
    expect(host?.category.value).toBe("member_state");
  });
});

describe("a head of state's post, then the chairmanship of the council he holds at the meeting", () => {
  const cis = (sentences: string) =>
    read(`Astana, 16 September 2004 — The CIS Council of Heads of State met today. ${sentences}`);

  it("reads the first title as the post, of a country the knowledge holds", () => {
    expect(
      cis(
        "The meeting was chaired by the President of the Republic of Kazakhstan, Chairman of the Council of Heads of State N.A. Nazarbayev.",
      ),
    ).toEqual([{ name: "Nursultan Nazarbayev", post: "President of Kazakhstan" }]);
  });

  it("and of a country it does not hold", () => {
    expect(
      cis(
        "The meeting was chaired by the President of Ukraine, Chairman of the Council of Heads of State L.D. Bondar.",
      ),
    ).toEqual([{ name: "L. D. Bondar", post: "President of Ukraine" }]);
  });
});

describe("a name, 'of' and an organization the knowledge does not hold, by its abbreviation", () => {
  const asean = (sentences: string) =>
    read(`Riyadh, 20 October 2023 — The first ASEAN–GCC Summit was held today. ${sentences}`);

  it("gives the name the plural title before it, scoped by the organization", () => {
    expect(
      asean(
        "The two Secretaries-General, Omar Haddad of the GCC and Dr. Kao Kim Hourn of ASEAN, were also in attendance.",
      ),
    ).toEqual([
      { name: "Omar Haddad", post: "Secretary-General of the GCC" },
      { name: "Kao Kim Hourn", post: "Secretary-General of ASEAN" },
    ]);
  });

  it("and so in a list after a verb", () => {
    expect(
      asean(
        "Taking part were President Ferdinand Marcos Jr. of the Philippines and the Secretaries-General, Omar Haddad of the GCC, Hamid Talal of the OIC and Dr. Kao Kim Hourn of ASEAN.",
      ),
    ).toEqual([
      { name: "Ferdinand Marcos Jr.", post: "President of the Philippines" },
      { name: "Omar Haddad", post: "Secretary-General of the GCC" },
      { name: "Hamid Talal", post: "Secretary-General of the OIC" },
      { name: "Kao Kim Hourn", post: "Secretary-General of ASEAN" },
    ]);
  });
});

describe("a plural title before a run of countries, then as many names", () => {
  it("gives each name its country's post, in the singular", () => {
    expect(
      read(
        "Kuala Lumpur, 27 May 2025 — The ASEAN Summit was held today. Also taking part were the Prime Ministers of Cambodia, Laos and Thailand, Sok Vanna, Khamphet Douangchay and Anong Siripong.",
      ),
    ).toEqual([
      { name: "Sok Vanna", post: "Prime Minister of Cambodia" },
      { name: "Khamphet Douangchay", post: "Prime Minister of Laos" },
      { name: "Anong Siripong", post: "Prime Minister of Thailand" },
    ]);
  });
});
