import { describe, expect, it } from "vitest";
import { scoKnowledge as knowledge } from "./fixtures/sco-knowledge";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids, worldKnowledge } from "./fixtures/world-knowledge";
import { participantsOn } from "./participants-test-reading";
import { covers, parseTitledName, reconcilePost } from "./titles";

const parse = (text: string) => parseTitledName(text, 0, text.length, knowledge);

describe("titles", () => {
  it.each([
    [
      "President of Kazakhstan Kassym-Jomart Tokayev",
      "Kassym-Jomart Tokayev",
      "President",
      "pstpresidentofkazakhstan",
    ],
    ["Russian President Vladimir Putin", "Vladimir Putin", "President", "pstpresidentofrussia"],
    ["Vladimir Putin, President of Russia", "Vladimir Putin", "President", "pstpresidentofrussia"],
    ["President of China XI Jinping", "XI Jinping", "President", "pstpresidentofchina"],
    [
      "UN Secretary-General Antonio Guterres",
      "Antonio Guterres",
      "Secretary-General",
      "pstsecretarygeneraloftheunitedna",
    ],
    [
      "SCO Secretary General Vladimir Norov",
      "Vladimir Norov",
      "Secretary-General",
      "pstsecretarygeneralofthesco",
    ],
    [
      "Director of the Executive Committee of the SCO Regional anti-terrorist structure Jumakhon Gijesov",
      "Jumakhon Gijesov",
      "Director",
      "pstdirectorofthescoratsexecutive",
    ],
  ])("reads %s", (text, name, noun, post) => {
    const parsed = parse(text);
    expect(parsed.name?.text).toBe(name);
    expect(parsed.title?.roleNoun).toBe(noun);
    const reconciled = reconcilePost(parsed.title!, knowledge, null, "2020-11-10").reconciled;
    expect(reconciled.status === "matched" && reconciled.id).toBe(post);
  });

  it("proposes a new post, canonically worded, for an unknown title", () => {
    const parsed = parse("Kazakh Foreign Minister Mukhtar Tileuberdi");
    expect(parsed.name?.text).toBe("Mukhtar Tileuberdi");
    expect(reconcilePost(parsed.title!, knowledge, null, null).reconciled).toMatchObject({
      status: "new",
      proposed: {
        label: "Foreign Minister of Kazakhstan",
        role: "minister",
        countryId: "ctykzx0001",
        organizationId: null,
      },
    });
  });

  it("keeps names with particles whole", () => {
    const text = "President of Brazil Luiz Inácio Lula da Silva";
    expect(parseTitledName(text, 0, text.length, worldKnowledge).name?.text).toBe(
      "Luiz Inácio Lula da Silva",
    );
  });
});

describe("covers: whether a term runs on a date", () => {
  const observer = { startDate: "2015-07-10", endDate: "2024-07-04" };
  const member = { startDate: "2024-07-04", endDate: null };

  it("gives a handover day to the new term only, as every term is half-open", () => {
    // A country that became a member on the day of a summit was a member there, not also an observer.
    expect(covers(observer, "2024-07-04")).toBe(false);
    expect(covers(member, "2024-07-04")).toBe(true);
    expect(covers(observer, "2024-07-03")).toBe(true);
  });

  it("reads a partial bound as its whole period, and no date as any date", () => {
    expect(covers({ startDate: "2021", endDate: "2025" }, "2025-12-31")).toBe(true);
    expect(covers({ startDate: "2021", endDate: "2025" }, "2026-01-01")).toBe(false);
    expect(covers({ startDate: "2021-03", endDate: null }, "2021-03-01")).toBe(true);
    expect(covers(observer, null)).toBe(true);
  });
});

describe("an organization's head under another of its titles", () => {
  const eurasia = eurasiaKnowledge;
  const post = (stated: string, date: string) => {
    const item = parseTitledName(stated, 0, stated.length, eurasia);
    const person = eurasia.people.find((known) => known.nameI18n.en === "Sergey Lebedev")!;
    const reconciled = reconcilePost(item.title!, eurasia, person.id, date).reconciled;
    return reconciled.status === "matched" ? reconciled.id : `new:${reconciled.proposed.label}`;
  };

  it.each([
    "CIS Executive Secretary Sergei Lebedev",
    "Chairman of the Executive Committee of the CIS Sergei Lebedev",
  ])("is the post the person holds in that organization: %s", (stated) => {
    expect(post(stated, "2017-10-11")).toBe(ids.post("secretary-general-of-the-cis"));
  });

  it("is not a post of another organization, nor one the person does not hold on the date", () => {
    expect(post("CSTO Executive Secretary Sergei Lebedev", "2017-10-11")).not.toBe(
      ids.post("secretary-general-of-the-cis"),
    );
    expect(post("CIS Executive Secretary Sergei Lebedev", "2005-01-01")).toBe(
      "new:Executive Secretary of the Commonwealth of Independent States",
    );
  });

  it("reads 'Under-Secretary-General' and an organ after its organization as title words", () => {
    expect(parseTitledName("UN Under-Secretary-General Vladimir Voronkov", 0, 44, eurasia).name?.text).toBe(
      "Vladimir Voronkov",
    );
    const stated = "Executive Director of the CICA Secretariat Kairat Sarybay";
    expect(parseTitledName(stated, 0, stated.length, eurasia).name?.text).toBe("Kairat Sarybay");
  });
});

describe("a founding president's status", () => {
  it("is a post of its own, not the presidency ('the First President of Kazakhstan')", () => {
    const text = "the First President of Kazakhstan, Nursultan Nazarbayev";
    const { title } = parseTitledName(text, 0, text.length, eurasiaKnowledge);
    expect(title?.roleNoun).toBe("First President");
    const { reconciled } = reconcilePost(
      title!,
      eurasiaKnowledge,
      ids.person("nursultan-nazarbayev"),
      "2019-11-29",
    );
    expect(reconciled).toMatchObject({ status: "new", proposed: { label: "First President of Kazakhstan" } });
  });

  it.each(["First Vice President of Iran Kaveh Amini", "First Vice-President of Iran Kaveh Amini"])(
    "keeps 'First' in a first vice-president's new post: '%s'",
    (text) => {
      const item = parseTitledName(text, 0, text.length, eurasiaKnowledge);
      expect(reconcilePost(item.title!, eurasiaKnowledge, null, "2024-10-16").reconciled).toMatchObject({
        status: "new",
        proposed: { label: "First Vice-President of Iran" },
      });
    },
  );

  it.each([
    [
      "Head of the UN Regional Centre for Preventive Diplomacy for Central Asia Kakha Imnadze",
      "Kakha Imnadze",
    ],
    ["Special Representative for the South Caucasus Lena Berg", "Lena Berg"],
    ["Executive Secretary of the Economic Commission for Europe Olga Algayerova", "Olga Algayerova"],
  ])("ends a title at the region it is for: '%s'", (text, name) => {
    expect(parseTitledName(text, 0, text.length, eurasiaKnowledge).name?.text).toBe(name);
  });

  it("leaves a first vice-president's title as it was", () => {
    const text = "First Vice President of Kazakhstan Ivan Petrov";
    expect(parseTitledName(text, 0, text.length, eurasiaKnowledge).title?.roleNoun).not.toBe(
      "First President",
    );
  });
});

describe("a head of government's other titles", () => {
  const eurasia = eurasiaKnowledge;
  const post = (stated: string, knowledgeRead = eurasia) => {
    const item = parseTitledName(stated, 0, stated.length, knowledgeRead);
    const reconciled = reconcilePost(item.title!, knowledgeRead, null, "2019-03-14").reconciled;
    return reconciled.status === "matched"
      ? reconciled.id
      : `new:${reconciled.proposed.label} (${reconciled.proposed.role})`;
  };

  it.each([
    "Chairman of the Government of the Russian Federation Dmitry Medvedev",
    "Chairman of the Government of Russia Dmitry Medvedev",
    "Russian Premier Dmitry Medvedev",
  ])("is the country's prime minister: %s", (stated) => {
    expect(post(stated)).toBe("pstprimeministerofrussia");
  });

  it("names a new post once, as the head of government, where the knowledge holds none", () => {
    expect(post("Chairman of the Government of Russia Dmitry Medvedev", knowledge)).toBe(
      "new:Chairman of the Government of Russia (head_of_government)",
    );
  });
});

describe("a leader chairing a body of leaders", () => {
  const cis = ids.organization("cis-council-of-heads-of-state");
  const read = (text: string) =>
    participantsOn(text, { date: "2005-08-26", organizationId: cis }).map((p) => [
      p.person.value.status === "matched" ? p.person.value.id : p.nameAsStated,
      p.post?.value.status === "matched" ? p.post.value.id : (p.post?.value.proposed.label ?? null),
      p.category.value,
    ]);

  it("holds the post he holds at home, not the chairmanship of the body", () => {
    expect(
      read(
        "Vladimir Putin, in his capacity as Chairman of the Council of Heads of State of the Commonwealth of Independent States, chaired the meeting.",
      ),
    ).toEqual([[ids.person("vladimir-putin"), ids.post("president-of-russia"), "member_state"]]);
    expect(
      read("Chairman of the Council of Heads of State of the CIS Nursultan Nazarbayev opened the meeting."),
    ).toEqual([[ids.person("nursultan-nazarbayev"), ids.post("president-of-kazakhstan"), "member_state"]]);
    expect(
      read(
        "Alexander Lukashenko, as Chairman of the Council of Heads of State of the Commonwealth, chaired the summit.",
      ),
    ).toEqual([[ids.person("alexander-lukashenko"), ids.post("president-of-belarus"), "member_state"]]);
  });

  it("keeps the post of an organization's official who chairs its organ", () => {
    expect(read("Chairman of the CIS Executive Committee Sergei Lebedev took part.")).toEqual([
      [ids.person("sergey-lebedev"), "Chairman of the CIS Executive Committee", "guest_organization"],
    ]);
  });
});
