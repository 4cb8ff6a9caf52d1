import { z } from "zod";
import { Id } from "../common/id";
import { LocalizedText } from "../common/localized-text";
import { PartialDate } from "../common/partial-date";
import { Slug } from "../common/slug";
import { Source } from "../common/source";
import { Chairmanship } from "../entities/chairmanship";
import { Country } from "../entities/country";
import { Document } from "../entities/document";
import { MeetingRecordInput } from "../entities/meeting-record";
import { Organization } from "../entities/organization";
import { Participation } from "../entities/participation";
import { Person } from "../entities/person";
import { Post } from "../entities/post";
import {
  ApiError,
  apiAnswer,
  CountryProfile,
  DocumentDetail,
  DocumentRegistry,
  MeetingDetail,
  MeetingSummary,
  OrganizationProfile,
  PersonDetail,
} from "./api-responses";
import { BulkExportManifest } from "./bulk-exports";

interface SchemaSource {
  /** What it describes, for the schema's title and the /data page. */
  title: string;
  /** The JSON API address it describes; absent for the meeting record, which is a file format. */
  endpoint?: string;
  schema: z.ZodType;
  /** "input" for what Plenary accepts (defaults may be left out), "output" for what it answers. */
  io: "input" | "output";
}

/** The name of each published JSON Schema: the file is `<name>.json`. */
export type JsonSchemaName =
  | "meeting-record"
  | "meetings"
  | "meeting"
  | "people"
  | "person"
  | "countries"
  | "country"
  | "organizations"
  | "organization"
  | "documents"
  | "document"
  | "exports"
  | "error";

const SOURCES: Record<JsonSchemaName, SchemaSource> = {
  "meeting-record": {
    title:
      "A meeting record: the meeting with its participants, documents, tallies, chairmanships and speeches",
    schema: MeetingRecordInput,
    io: "input",
  },
  meetings: {
    title:
      "Published meetings, newest first: a page (Link header rel=next), filterable by year, organization, country",
    endpoint: "/api/v1/meetings",
    schema: apiAnswer(z.array(MeetingSummary)),
    io: "output",
  },
  meeting: {
    title: "One published meeting in full",
    endpoint: "/api/v1/meetings/{slug}",
    schema: apiAnswer(MeetingDetail),
    io: "output",
  },
  people: {
    title:
      "Public people by slug: a page (Link header rel=next), filterable by meeting, country, organization",
    endpoint: "/api/v1/people",
    schema: apiAnswer(z.array(Person)),
    io: "output",
  },
  person: {
    title: "One person: posts held and meetings attended",
    endpoint: "/api/v1/people/{slug}",
    schema: apiAnswer(PersonDetail),
    io: "output",
  },
  countries: {
    title: "Public countries by slug: a page (Link header rel=next), filterable by organization, meeting",
    endpoint: "/api/v1/countries",
    schema: apiAnswer(z.array(Country)),
    io: "output",
  },
  country: {
    title: "One country's profile",
    endpoint: "/api/v1/countries/{slug}",
    schema: apiAnswer(CountryProfile),
    io: "output",
  },
  organizations: {
    title:
      "Public organizations by slug: a page (Link header rel=next), filterable by parent, classification",
    endpoint: "/api/v1/organizations",
    schema: apiAnswer(z.array(Organization)),
    io: "output",
  },
  organization: {
    title: "One organization's profile",
    endpoint: "/api/v1/organizations/{slug}",
    schema: apiAnswer(OrganizationProfile),
    io: "output",
  },
  documents: {
    title:
      "The document registry, newest adopted first: a page (Link header rel=next) with the facet counts of every match",
    endpoint: "/api/v1/documents",
    schema: apiAnswer(DocumentRegistry),
    io: "output",
  },
  document: {
    title: "One document: steps, relations, texts",
    endpoint: "/api/v1/documents/{slug}",
    schema: apiAnswer(DocumentDetail),
    io: "output",
  },
  exports: {
    title: "The bulk files of the whole dataset (Popolo JSON and CSV), current version first",
    endpoint: "/api/v1/exports",
    schema: apiAnswer(BulkExportManifest),
    io: "output",
  },
  error: {
    title: "The answer for an address with no public record (404) or a parameter the API cannot take (400)",
    endpoint: "/api/v1/…",
    schema: ApiError,
    io: "output",
  },
};

export const JSON_SCHEMA_NAMES = Object.keys(SOURCES) as JsonSchemaName[];

/** What each schema describes and, for API answers, the address it describes. */
export function jsonSchemaInfo(name: JsonSchemaName): { title: string; endpoint: string | null } {
  const source = SOURCES[name];
  return { title: source.title, endpoint: source.endpoint ?? null };
}

/** Shapes that recur across answers become named definitions ($defs), so a schema reads like the domain. */
const DEFINITIONS = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries({
  Id,
  Slug,
  PartialDate,
  LocalizedText,
  Source,
  Country,
  Organization,
  Person,
  Post,
  Participation,
  Document,
  Chairmanship,
  MeetingSummary,
})) {
  DEFINITIONS.add(schema, { id });
}

const PARTIAL_DATE_PATTERN = "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$";

/**
 * The JSON Schema (draft 2020-12) of a meeting record or of a JSON API answer, generated from the domain's zod
 * schemas so that a project in any language can validate Plenary's open data. Timestamps are `date-time` strings;
 * calendar dates, which may be partial ("2020", "2020-11", "2020-11-10"), are strings with a pattern.
 */
export function jsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const source = SOURCES[name];
  const generated = z.toJSONSchema(source.schema, {
    io: source.io,
    metadata: DEFINITIONS,
    unrepresentable: (ctx) => {
      if (ctx.zodSchema._zod.def.type === "date") return { type: "string", format: "date-time" };
      return "throw";
    },
    override: (ctx) => {
      if (ctx.zodSchema === PartialDate) {
        ctx.jsonSchema.pattern = PARTIAL_DATE_PATTERN;
        ctx.jsonSchema.description = "A calendar date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD";
      }
    },
  });
  return { ...generated, title: source.title };
}
