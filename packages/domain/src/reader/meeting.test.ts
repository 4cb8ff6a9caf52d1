// The meeting's dates, venue and attendance mode as real releases give them: date lines without a year, "today" and
// "yesterday", two-day summits, a later meeting's date and place, documents' dates, and leaders joining from afar.
// Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import type { KnownOrganization, ReaderKnowledge } from "./knowledge";
import { readAttendanceMode, readBody, readMeetingDates, readVenue } from "./meeting";
import { segment } from "./segment";

const sentencesOf = (text: string) => segment(text).flatMap((paragraph) => paragraph.sentences);
const dates = (text: string, publishedAt: string | null = null) => {
  const found = readMeetingDates(text, sentencesOf(text), publishedAt);
  return found ? [found.start.value, found.end.value] : null;
};
const venue = (text: string) => readVenue(text, sentencesOf(text), knowledge)?.value ?? null;
const mode = (text: string) => readAttendanceMode(text, 0, text.length).value;

describe("meeting dates", () => {
  it("a date line without a year takes the publication's year", () => {
    expect(dates("ASTANA, Oct 14 – The heads of state met in the Akorda.", "2022-10-14T18:00")).toEqual([
      "2022-10-14",
      "2022-10-14",
    ]);
    expect(dates("BISHKEK, December 9 — The council met in an informal setting.", "2022-12-09")).toEqual([
      "2022-12-09",
      "2022-12-09",
    ]);
    // A January item about a December meeting: the year before.
    expect(dates("MINSK, December 28. The leaders gathered for an informal summit.", "2023-01-03")).toEqual([
      "2022-12-28",
      "2022-12-28",
    ]);
  });

  it("a date line in capitals, as news agencies write it", () => {
    expect(
      dates("DUSHANBE, SEPTEMBER 28, ARMENPRESS. The CIS leaders met in the Tajik capital.", "2018-09-28"),
    ).toEqual(["2018-09-28", "2018-09-28"]);
    expect(
      dates("YEREVAN, NOVEMBER 23 — The Collective Security Council met today.", "2022-11-23T19:00"),
    ).toEqual(["2022-11-23", "2022-11-23"]);
    expect(dates("The summit was held on 4 JULY 2024 in Astana.")).toEqual(["2024-07-04", "2024-07-04"]);
  });

  it("with no publication date, the year the body gives — never a document title's or a later one", () => {
    expect(
      dates(
        "BISHKEK, December 9 — The leaders met at the Ala-Archa residence. They reviewed what the Commonwealth did in 2022.",
      ),
    ).toEqual(["2022-12-09", "2022-12-09"]);
    expect(
      dates(
        "ASTANA, May 29 – The Supreme Council met in the capital. The leaders signed the Treaty of 29 May 2014 on the Union.",
      ),
    ).toBeNull();
    expect(
      dates(
        "DUSHANBE, October 8 — The council met in Dushanbe to close the Tajik chairmanship of 2024. The next summit will be held in 2025 in Moscow.",
      ),
    ).toEqual(["2024-10-08", "2024-10-08"]);
  });

  it("a document's date, a later meeting's date or the day a term starts is not the meeting's", () => {
    expect(
      dates(
        "The leaders met in Minsk. They marked the anniversary of the Agreement signed on 8 December 1991. The meeting took place on 20 December.",
        "2019-12-20",
      ),
    ).toEqual(["2019-12-20", "2019-12-20"]);
    expect(
      dates(
        "The summit was held in Astana. The next summit will be held in Bishkek on 13 October 2023.",
        "2022-10-14",
      ),
    ).toEqual(["2022-10-14", "2022-10-14"]);
    expect(
      dates(
        "The session was held in Yerevan. Belarus takes over the chairmanship from 1 January 2023.",
        "2022-11-23",
      ),
    ).toEqual(["2022-11-23", "2022-11-23"]);
  });

  it("an earlier meeting's date is not this meeting's", () => {
    expect(
      dates(
        "The Council had already met by videoconference on April 14. The leaders met again today.",
        "2020-05-19",
      ),
    ).toEqual(["2020-05-19", "2020-05-19"]);
    expect(
      dates(
        "The previous summit took place on 9 November 2022 in Samarkand. The leaders met in Astana on 3 November 2023.",
      ),
    ).toEqual(["2023-11-03", "2023-11-03"]);
    expect(
      dates(
        "The session was held in Minsk. The heads of state had last gathered on 28 November 2019 in Bishkek.",
        "2020-12-02",
      ),
    ).toEqual(["2020-12-02", "2020-12-02"]);
  });

  it('"today", "yesterday" and a weekday count from the date line or the publication day', () => {
    expect(dates("MOSCOW, December 2 — The council met yesterday by video link.", "2020-12-02")).toEqual([
      "2020-12-01",
      "2020-12-01",
    ]);
    expect(dates("The session was held yesterday in the Palace of Independence.", "2023-11-24")).toEqual([
      "2023-11-23",
      "2023-11-23",
    ]);
    // 14 October 2022 was a Friday; the item went out on the Saturday.
    expect(dates("Astana hosted on Friday a summit of the Commonwealth.", "2022-10-15")).toEqual([
      "2022-10-14",
      "2022-10-14",
    ]);
    expect(dates("The leaders met today in Samarkand.", "2022-09-16T12:00")).toEqual([
      "2022-09-16",
      "2022-09-16",
    ]);
  });

  it("a two-day summit, in either order of day and month, over a month's end", () => {
    expect(dates("The summit was held on 22–23 June in Astana.", "2023-06-23")).toEqual([
      "2023-06-22",
      "2023-06-23",
    ]);
    expect(dates("The leaders met in Kazan on October 22-23, 2024.")).toEqual(["2024-10-22", "2024-10-23"]);
    expect(dates("The summit took place from 31 August to 1 September 2025 in Tianjin.")).toEqual([
      "2025-08-31",
      "2025-09-01",
    ]);
  });

  it("a report with no date at all is dated by its publication day", () => {
    expect(dates("A meeting of the Supreme Council was held via videoconference.", "2020-12-11")).toEqual([
      "2020-12-11",
      "2020-12-11",
    ]);
    expect(dates("The Council met in Bishkek under Kyrgyz chairmanship.", "2019-11-28T15:00")).toEqual([
      "2019-11-28",
      "2019-11-28",
    ]);
    expect(
      dates("Vladimir Putin took part in a meeting of the Supreme Council by videoconference.", "2020-05-19"),
    ).toEqual(["2020-05-19", "2020-05-19"]);
    expect(dates("The next summit will be held in Moscow.", "2019-11-28")).toBeNull();
  });
});

describe("meeting venue", () => {
  it("the place the meeting was held, not the next summit's", () => {
    expect(
      venue(
        "The next summit will be held in Moscow. The leaders met in Minsk at the Palace of Independence.",
      ),
    ).toEqual({ city: "Minsk", countryId: null });
    expect(
      venue("The session took place in Yerevan. The following session will take place in Minsk."),
    ).toEqual({
      city: "Yerevan",
      countryId: null,
    });
    expect(venue("The upcoming meeting is scheduled to be held in Bishkek.")).toBeNull();
  });

  it("the date line's city when no sentence names the place", () => {
    expect(
      venue("JOHANNESBURG, 22 August 2023 — The summit opened at the Sandton Convention Centre."),
    ).toEqual({
      city: "Johannesburg",
      countryId: null,
    });
    expect(venue("NUR-SULTAN, June 3 – The council convened at the Akorda.")).toEqual({
      city: "Nur-Sultan",
      countryId: null,
    });
    expect(venue("Leaders convened at the Kremlin to review the year.")).toBeNull();
  });

  it("the city after the date in a presidential site's header, but not a residence's region", () => {
    const at = (header: string, body: string) => {
      const text = `${header}\n\n${body}`;
      const sentences = sentencesOf(text).filter((sentence) => sentence.start >= header.length);
      return readVenue(text, sentences, knowledge)?.value ?? null;
    };
    expect(
      at(
        "Meeting of the Council\nMay 25, 2023, The Kremlin, Moscow",
        "The talks took place at the Grand Kremlin Palace.",
      ),
    ).toEqual({ city: "Moscow", countryId: null });
    expect(
      at(
        "Council meeting\nDecember 6, 2018, St Petersburg",
        "The leaders gathered at the Konstantin Palace.",
      ),
    ).toEqual({ city: "St Petersburg", countryId: null });
    expect(
      at(
        "Council meeting\nMay 19, 2020, Novo-Ogaryovo, Moscow Region",
        "The President took part from his residence.",
      ),
    ).toBeNull();
  });
});

describe("attendance mode", () => {
  it("leaders taking part from their capitals: the meeting is online", () => {
    expect(mode("The leaders took part in the meeting from their capitals.")).toBe("online");
    expect(mode("Heads of state joined the session from their respective capitals.")).toBe("online");
    expect(mode("The Council held its session by videoconference.")).toBe("online");
    expect(mode("The Collective Security Council held a regular session via video conference.")).toBe(
      "online",
    );
    // Delegations arriving from their capitals met in person.
    expect(mode("The delegations arrived from their capitals on Monday and met in Minsk.")).toBe("in_person");
  });

  it('"held virtually" is online; one leader who "participated virtually" makes it hybrid', () => {
    expect(mode("The 13th BRICS Summit was held virtually under India's chairship.")).toBe("online");
    expect(
      mode("The summit was held in Bangkok. The Prime Minister of Malaysia participated virtually."),
    ).toBe("hybrid");
    expect(mode("The session was held in Astana; two presidents joined virtually.")).toBe("hybrid");
    // "virtually all" means "almost all".
    expect(mode("Virtually all leaders attended the summit in Kazan.")).toBe("in_person");
  });

  it("one leader joining from a residence or office: hybrid, and that residence is no venue", () => {
    const text =
      "The summit was held in Astana. The Russian President joined from the Novo-Ogaryovo residence.";
    expect(mode(text)).toBe("hybrid");
    expect(venue(text)).toEqual({ city: "Astana", countryId: null });
    expect(mode("The leaders gathered in Minsk; one president spoke from his office.")).toBe("hybrid");
    expect(
      mode("The summit was held in Dushanbe. The President took part from the Kremlin by video link."),
    ).toBe("hybrid");
  });
});

describe("a chair who chaired by video", () => {
  it("makes the meeting online, whichever side of the meeting the link stands", () => {
    expect(
      mode(
        "Prime Minister Nikol Pashinyan chaired, via videoconference, an extraordinary session of the Council.",
      ),
    ).toBe("online");
    expect(mode("President Tokayev chaired a meeting of the Council by videoconference.")).toBe("online");
    // A leader by video at a meeting someone chaired in the room is no online meeting.
    expect(
      mode("President Tokayev chaired the session in Astana; President Putin took part by videoconference."),
    ).toBe("hybrid");
  });
});

describe("the body: an organization's summit named after another phrase", () => {
  it("reads 'as ASEAN Chair, … opened the 38th and 39th ASEAN Summits' as the ASEAN Summit", () => {
    const text =
      "The Sultan, as ASEAN Chair for 2021, chaired a meeting of the leaders that opened the 38th and 39th ASEAN Summits.";
    expect(readBody(text, sentencesOf(text), knowledge, null)?.id).toBe("orgaseansummit");
    const other = "The Sultan, as ASEAN Chair for 2021, chaired a meeting of the leaders.";
    expect(readBody(other, sentencesOf(other), knowledge, null)?.id).toBe("orgasean");
  });
});

describe("the dates: what had been done before the meeting", () => {
  it("takes no date from a clause in the past perfect about preparations", () => {
    const text =
      "TASHKENT, 29 November 2019 — The leaders met in Tashkent. The draft statement had been agreed by the foreign ministers, led by the host, at their meeting in Samarkand on 16 November.";
    expect(dates(text, "2019-11-29")).toEqual(["2019-11-29", "2019-11-29"]);
  });
});

describe("the body: organs of several organizations with the same name", () => {
  // Other organizations' councils named exactly as the SCO's council is also known ("Council of Heads of State"),
  // as a database holding many organizations has them: the text names the SCO, so the SCO's council met, whichever
  // order the knowledge lists them in and whatever their ids.
  const lookalikes: KnownOrganization[] = ["a", "z"].flatMap((suffix) => [
    {
      id: `${suffix}-union`,
      nameI18n: { en: `Steppe Economic Union ${suffix.toUpperCase()}` },
      abbreviationI18n: null,
      otherNames: [],
      classification: "igo",
      parentId: null,
    },
    {
      id: `${suffix}-union-council`,
      nameI18n: { en: "Council of Heads of State" },
      abbreviationI18n: null,
      otherNames: [],
      classification: "igo_organ",
      parentId: `${suffix}-union`,
    },
  ]);
  const withLookalikes = (first: boolean): ReaderKnowledge => ({
    ...knowledge,
    organizations: first
      ? [...lookalikes, ...knowledge.organizations]
      : [...knowledge.organizations, ...lookalikes],
  });
  const body = (text: string, first: boolean) =>
    readBody(text, sentencesOf(text), withLookalikes(first), null)?.id;

  it("takes the organ of the organization the text names", () => {
    const scoCouncil = knowledge.organizations.find(
      (known) => known.nameI18n.en === "SCO Council of Heads of State",
    )!;
    const text =
      "BISHKEK, 14 June 2019 — The Council of Heads of State held its regular meeting in Bishkek. The leaders of the SCO member states adopted the Bishkek Declaration.";
    expect(body(text, true)).toBe(scoCouncil.id);
    expect(body(text, false)).toBe(scoCouncil.id);
  });

  it("takes the organ of the organization named after it, not the first of its namesakes", () => {
    const text =
      "ASTANA, 3 July 2025 — The Council of Heads of State of Steppe Economic Union Z met in Astana.";
    expect(body(text, true)).toBe("z-union-council");
    expect(body(text, false)).toBe("z-union-council");
  });
});

describe("the body: an organ named with its organization after it", () => {
  // "CIS Council of Heads of State" named the other way round is still the CIS's, not the SCO's council whose other
  // name is the bare "Council of Heads of State".
  it.each([
    ["The Council of Heads of State of the CIS met in Dushanbe.", "orgciscouncilofheadsofstate"],
    ["The Council of Heads of State of the OTS met in Astana.", "orgotscouncilofheadsofstate"],
    ["The Council of Heads of State of the SCO met in Bishkek.", "orgscocouncilofheadsofstate"],
  ])("%s", (sentence, id) => {
    const text = `14 March 2019 — ${sentence}`;
    expect(readBody(text, sentencesOf(text), knowledge, null)?.id).toBe(id);
  });
});
