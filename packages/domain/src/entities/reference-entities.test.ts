import { describe, expect, it } from "vitest";
import { id } from "../testing/seed";
import { Country, CreateCountryInput, UpdateCountryInput } from "./country";
import { CreateMeetingSeriesInput } from "./meeting-series";
import { CreateOccupancyInput, UpdateOccupancyInput } from "./occupancy";
import { CreateOrgMembershipInput } from "./org-membership";
import { CreateOrganizationInput, Organization } from "./organization";
import { CreatePersonInput, UpdatePersonInput } from "./person";
import { CreatePostInput } from "./post";
import { CreateTopicInput } from "./topic";
import { CreateUserInput, User } from "./user";

const stored = {
  id: id("country", "ru"),
  createdAt: new Date("2025-01-01"),
  updatedAt: new Date("2025-01-01"),
  version: 1,
};
const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path);

describe("Country", () => {
  const russia = {
    iso2: "RU",
    iso3: "RUS",
    nameI18n: { en: "Russia", ru: "Россия", zh: "俄罗斯" },
    officialNameI18n: { en: "Russian Federation", ru: "Российская Федерация" },
    otherNames: ["Russian Federation"],
    demonyms: ["Russian"],
  };

  it("creates from the seed's shape, filling defaults and leaving the slug to be derived", () => {
    const input = CreateCountryInput.parse(russia);
    expect(input).toEqual({ ...russia, sources: [], identifiers: [] });
    expect(input.slug).toBeUndefined();
    expect(CreateCountryInput.parse({ iso2: "TJ", nameI18n: { en: "Tajikistan" } })).toMatchObject({
      iso2: "TJ",
      otherNames: [],
    });
  });

  it("parses a stored country with unknown fields as null", () => {
    const country = Country.parse({
      ...stored,
      ...russia,
      iso3: null,
      slug: "russia",
      sources: [],
      identifiers: [{ scheme: "wikidata", value: "Q159" }],
    });
    expect(country.iso3).toBeNull();
    expect(
      Country.safeParse({ ...stored, ...russia, slug: "russia", sources: [], identifiers: [] }).success,
    ).toBe(true);
  });

  it("rejects bad codes, a missing English name and a bad slug, with paths and messages", () => {
    const result = CreateCountryInput.safeParse({
      ...russia,
      iso2: "ru",
      iso3: "RU",
      nameI18n: { ru: "Россия" },
      slug: "Russia",
    });
    expect(pathsOf(result)).toEqual([["slug"], ["iso2"], ["iso3"], ["nameI18n", "en"]]);
    expect(result.error?.issues[1]?.message).toBe(
      "ISO 3166-1 alpha-2 code must be two capital letters, e.g. RU",
    );
  });

  it("updates with id, version and any subset of fields", () => {
    const update = UpdateCountryInput.parse({
      id: stored.id,
      version: 3,
      otherNames: ["Russian Federation", "RF"],
    });
    expect(update).toEqual({ id: stored.id, version: 3, otherNames: ["Russian Federation", "RF"] });
    // Leaving lists out of an update must not reset them.
    expect(UpdateCountryInput.parse({ id: stored.id, version: 3 })).toEqual({ id: stored.id, version: 3 });
  });

  it("rejects an update without the version it started from", () => {
    expect(pathsOf(UpdateCountryInput.safeParse({ id: stored.id, iso2: "RU" }))).toEqual([["version"]]);
    expect(pathsOf(UpdateCountryInput.safeParse({ id: "Russia", version: 0 }))).toEqual([
      ["id"],
      ["version"],
    ]);
  });
});

describe("Organization", () => {
  const sco = {
    nameI18n: {
      en: "Shanghai Cooperation Organisation",
      ru: "Шанхайская организация сотрудничества",
      zh: "上海合作组织",
    },
    abbreviationI18n: { en: "SCO", ru: "ШОС", zh: "上合组织" },
    classification: "igo",
    foundingDate: "2001-06-15",
    officialLanguages: ["ru", "zh"],
  };

  it("creates the SCO and its bodies", () => {
    expect(CreateOrganizationInput.parse(sco)).toMatchObject({ ...sco, otherNames: [], sources: [] });
    const council = {
      nameI18n: { en: "Council of Heads of State of the SCO" },
      otherNames: ["SGG"],
      classification: "igo_organ",
      parentId: id("org", "sco"),
    };
    expect(CreateOrganizationInput.parse(council)).toMatchObject(council);
  });

  it("rejects an unknown classification, a bad founding date and bad language codes", () => {
    const result = CreateOrganizationInput.safeParse({
      ...sco,
      classification: "ngo",
      foundingDate: "2001-06-31",
      officialLanguages: ["Russian"],
    });
    expect(pathsOf(result)).toEqual([["classification"], ["foundingDate"], ["officialLanguages", 0]]);
  });

  it("parses a stored organization", () => {
    const stored2 = {
      ...stored,
      id: id("org", "sco"),
      ...sco,
      otherNames: [],
      parentId: null,
      dissolutionDate: null,
      slug: "sco",
      sources: [],
      identifiers: [],
    };
    expect(Organization.parse(stored2).classification).toBe("igo");
  });
});

describe("OrgMembership, Person, Post, Occupancy, MeetingSeries, Topic, User", () => {
  it("creates India's membership and rejects an unknown status", () => {
    const membership = {
      organizationId: id("org", "sco"),
      countryId: id("country", "in"),
      status: "member",
      startDate: "2017-06-09",
    };
    expect(CreateOrgMembershipInput.parse(membership)).toEqual(membership);
    expect(pathsOf(CreateOrgMembershipInput.safeParse({ ...membership, status: "associate" }))).toEqual([
      ["status"],
    ]);
  });

  it("creates a person with the source's misspelling as another name, never as the name", () => {
    const giyosov = {
      nameI18n: { en: "Jumakhon Giyosov", ru: "Джумахон Гиёсов" },
      otherNames: [{ name: "Jumakhon Gijesov", lang: "en", note: "as spelled in the 2020-11-12 release" }],
    };
    expect(CreatePersonInput.parse(giyosov)).toMatchObject(giyosov);
    const bad = CreatePersonInput.safeParse({
      nameI18n: { en: "" },
      otherNames: [{ name: " " }],
      birthDate: "1950-02-30",
    });
    expect(pathsOf(bad)).toEqual([["nameI18n", "en"], ["otherNames", 0, "name"], ["birthDate"]]);
    expect(
      UpdatePersonInput.parse({
        id: id("person", "japarov"),
        version: 2,
        otherNames: [{ name: "Sadyr Zhaparov" }],
      }),
    ).toMatchObject({
      version: 2,
    });
  });

  it("creates posts and rejects an unknown role", () => {
    const post = {
      labelI18n: { en: "Secretary-General of the SCO" },
      role: "head_of_igo",
      organizationId: id("org", "sco"),
    };
    expect(CreatePostInput.parse(post)).toMatchObject(post);
    expect(pathsOf(CreatePostInput.safeParse({ ...post, role: "president" }))).toEqual([["role"]]);
  });

  it("creates an occupancy with unknown dates left null", () => {
    const occupancy = {
      personId: id("person", "putin"),
      postId: id("post", "presru"),
      startDate: null,
      endDate: null,
    };
    expect(CreateOccupancyInput.parse(occupancy)).toEqual(occupancy);
    expect(pathsOf(CreateOccupancyInput.safeParse({ ...occupancy, qualifier: "deputy" }))).toEqual([
      ["qualifier"],
    ]);
    expect(pathsOf(UpdateOccupancyInput.safeParse({ id: id("occ", "putin"), version: 1.5 }))).toEqual([
      ["version"],
    ]);
  });

  it("creates a meeting series and a topic", () => {
    expect(
      CreateMeetingSeriesInput.parse({
        organizationId: id("org", "chs"),
        nameI18n: { en: "Meetings of the SCO Council of Heads of State" },
      }),
    ).toBeTruthy();
    const topic = CreateTopicInput.parse({
      labelI18n: { en: "COVID-19 and epidemics" },
      slug: "covid-19-and-epidemics",
    });
    expect(topic).toEqual({
      labelI18n: { en: "COVID-19 and epidemics" },
      slug: "covid-19-and-epidemics",
      synonyms: [],
      sources: [],
      identifiers: [],
    });
    expect(pathsOf(CreateTopicInput.safeParse({ labelI18n: { en: "Security" }, slug: "security!" }))).toEqual(
      [["slug"]],
    );
  });

  it("creates users with a normalized email and a known role", () => {
    expect(
      CreateUserInput.parse({ email: "Editor@Plenary.example", name: "Editor", role: "editor" }).email,
    ).toBe("editor@plenary.example");
    expect(pathsOf(CreateUserInput.safeParse({ email: "nope", role: "owner" }))).toEqual([
      ["email"],
      ["role"],
    ]);
    expect(User.safeParse({ ...stored, email: "a@b.example", name: null, role: "viewer" }).success).toBe(
      true,
    );
  });
});
