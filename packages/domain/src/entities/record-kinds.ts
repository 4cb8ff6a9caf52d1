// The registry of record kinds: what each kind of record can do and how the public site's cache names it. Router
// enums (which kinds can be trashed, merged, published), the database's list of stale pages and the site's cache tags
// derive from it, so a new kind is added here once.
import { z } from "zod";
import type { HistoryEntityType } from "./revision";

export interface RecordKind {
  /** The public site's cache tag of the lists this kind appears in ("people" for a person and a post held). */
  readonly listTag: string;
  /** Other lists a change of it touches (a membership shows on its country's page too). */
  readonly alsoTags?: readonly string[];
  /** It has a public page of its own at /<locale>/<plural>/<slug>, cached under "<kind>:<slug>". */
  readonly page: boolean;
  readonly trashable: boolean;
  /** Two records of it can be merged into one (duplicates of the same person, post, country, organization). */
  readonly mergeable: boolean;
  /** It has a draft/published status of its own. */
  readonly publishable: boolean;
}

// Written as T / F so that each kind reads as one row of a table.
const F = false;
const T = true;

export const RECORD_KINDS = {
  meeting: { listTag: "meetings", page: T, trashable: T, mergeable: F, publishable: T },
  document: { listTag: "documents", page: T, trashable: T, mergeable: F, publishable: T },
  person: { listTag: "people", page: T, trashable: T, mergeable: T, publishable: F },
  post: { listTag: "posts", page: T, trashable: T, mergeable: T, publishable: F },
  country: { listTag: "countries", page: T, trashable: T, mergeable: T, publishable: F },
  organization: { listTag: "organizations", page: T, trashable: T, mergeable: T, publishable: F },
  topic: { listTag: "topics", page: T, trashable: T, mergeable: F, publishable: F },
  meeting_series: { listTag: "meetings", page: F, trashable: F, mergeable: F, publishable: F },
  org_membership: {
    listTag: "organizations",
    alsoTags: ["countries"],
    page: F,
    trashable: F,
    mergeable: F,
    publishable: F,
  },
  occupancy: { listTag: "people", alsoTags: ["posts"], page: F, trashable: F, mergeable: F, publishable: F },
  chairmanship: {
    listTag: "organizations",
    alsoTags: ["countries"],
    page: F,
    trashable: F,
    mergeable: F,
    publishable: F,
  },
} as const satisfies Record<Exclude<HistoryEntityType, "user">, RecordKind>;

export type RecordKindName = keyof typeof RECORD_KINDS;
type KindsWhere<Trait extends "page" | "trashable" | "mergeable" | "publishable"> = {
  [K in RecordKindName]: (typeof RECORD_KINDS)[K][Trait] extends true ? K : never;
}[RecordKindName];

function kindsWhere<Trait extends "page" | "trashable" | "mergeable" | "publishable">(trait: Trait) {
  return (Object.keys(RECORD_KINDS) as RecordKindName[]).filter((name) => RECORD_KINDS[name][trait]) as [
    KindsWhere<Trait>,
    ...KindsWhere<Trait>[],
  ];
}

/** Kinds that go to the trash (and come back, or are purged by an admin). */
export const TrashableKind = z.enum(kindsWhere("trashable"));
export type TrashableKind = z.infer<typeof TrashableKind>;
/** Kinds whose duplicates can be merged. */
export const MergeableKind = z.enum(kindsWhere("mergeable"));
export type MergeableKind = z.infer<typeof MergeableKind>;
/** Kinds with a draft/published status. */
export const PublishableKind = z.enum(kindsWhere("publishable"));
export type PublishableKind = z.infer<typeof PublishableKind>;
/** Kinds with a public page of their own. */
export const PageKind = z.enum(kindsWhere("page"));
export type PageKind = z.infer<typeof PageKind>;

/**
 * The cache-tag contract between the site (which tags what it caches) and the database (which records, in the
 * transaction of each change, the tags the change made stale). A record's page is cached under its own `page` tag
 * only, and a change names the pages of every record that shows it; lists are cached under the `list` tags of what
 * they show. `everyPage` is the meetings' list tag, which every list and the bulk refresh carry.
 */
export const cacheTags = {
  everyPage: "meetings",
  list: (name: RecordKindName): string => RECORD_KINDS[name].listTag,
  page: (name: PageKind, slug: string): string => `${name}:${slug}`,
  /**
   * The archive's page of one year (meetings by the year they start): a change names the years of the meetings whose
   * pages it makes stale, so that editing one meeting does not refresh every year's page.
   */
  archiveYear: (year: string): string => `meetings-of-year:${year}`,
  /** Every list tag a change of this kind touches. */
  lists: (name: RecordKindName): string[] => [
    RECORD_KINDS[name].listTag,
    ...((RECORD_KINDS[name] as RecordKind).alsoTags ?? []),
  ],
};
