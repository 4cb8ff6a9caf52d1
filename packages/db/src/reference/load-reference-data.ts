import { randomBytes } from "node:crypto";
import { nameSlug } from "@plenary/domain";
import type { Db } from "../client";
import type { EntityType, Prisma } from "../generated/prisma/client";
import { countryData, countrySources, type ReferenceCountry } from "./countries";
import { referenceMemberships, referenceOrganizations, type ReferenceSource } from "./organizations";

type Tx = Prisma.TransactionClient;
type Json = Prisma.InputJsonValue;

/** Revisions written by the reference load say so: `via` marks reference data, as `authorId` marks an editor's edits. */
export const REFERENCE_DATA_VIA = "reference-data";

export interface ReferenceLoadResult {
  created: number;
  updated: number;
}

const newId = () => `r${randomBytes(12).toString("hex")}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function union(existing: readonly string[], added: readonly string[]): string[] {
  const seen = new Set(existing.map((value) => value.toLowerCase()));
  const result = [...existing];
  for (const value of added)
    if (!seen.has(value.toLowerCase())) {
      seen.add(value.toLowerCase());
      result.push(value);
    }
  return result;
}

function withSources(existing: unknown, added: readonly ReferenceSource[]): Json {
  const list = Array.isArray(existing) ? [...(existing as { url?: string }[])] : [];
  for (const source of added) if (!list.some((kept) => kept.url === source.url)) list.push(source);
  return list as Json;
}

/** The reference values fill what a record lacks; what it already holds (an editor's or the seed's) is kept. */
function fill<T extends Record<string, unknown>>(existing: unknown, reference: T): T {
  return { ...reference, ...((existing as T | null) ?? {}) };
}

class Writer {
  readonly result: ReferenceLoadResult = { created: 0, updated: 0 };
  private readonly revisions: Prisma.RevisionCreateManyInput[] = [];
  constructor(private readonly tx: Tx) {}

  created(entityType: EntityType, row: { id: string }) {
    this.result.created++;
    this.revisions.push({
      entityType,
      entityId: row.id,
      version: 1,
      after: row as unknown as Json,
      via: REFERENCE_DATA_VIA,
    });
  }

  updated(entityType: EntityType, before: { id: string; version: number }, after: object) {
    this.result.updated++;
    this.revisions.push({
      entityType,
      entityId: before.id,
      version: before.version + 1,
      before: before as unknown as Json,
      after: after as Json,
      via: REFERENCE_DATA_VIA,
    });
  }

  async flush() {
    if (this.revisions.length) await this.tx.revision.createMany({ data: this.revisions });
  }
}

async function loadCountries(tx: Tx, writer: Writer): Promise<Map<string, string>> {
  const existing = await tx.country.findMany();
  const byIso2 = new Map(existing.map((country) => [country.iso2, country]));
  const slugs = new Set(existing.map((country) => country.slug));
  const ids = new Map(existing.map((country) => [country.iso2, country.id]));
  const toCreate: Prisma.CountryCreateManyInput[] = [];

  const identifiersOf = (country: ReferenceCountry) => [
    { scheme: "iso3166_1_a2", value: country.iso2 },
    { scheme: "iso3166_1_a3", value: country.iso3 },
  ];

  for (const country of countryData.countries) {
    const current = byIso2.get(country.iso2);
    if (!current) {
      let slug = nameSlug(country.name.en);
      if (slugs.has(slug)) slug = `${slug}-${country.iso2.toLowerCase()}`;
      slugs.add(slug);
      const row = {
        id: newId(),
        slug,
        iso2: country.iso2,
        iso3: country.iso3,
        nameI18n: country.name,
        officialNameI18n: country.official,
        otherNames: country.otherNames,
        demonyms: country.demonyms,
        sources: countrySources(country),
        identifiers: identifiersOf(country),
      };
      toCreate.push(row);
      ids.set(country.iso2, row.id);
      writer.created("country", row);
      continue;
    }
    const next = {
      iso3: current.iso3 ?? country.iso3,
      nameI18n: fill(current.nameI18n, country.name),
      officialNameI18n: fill(current.officialNameI18n, country.official),
      otherNames: union(current.otherNames, country.otherNames),
      demonyms: union(current.demonyms, country.demonyms),
      sources: withSources(current.sources, countrySources(country)),
      identifiers: [
        ...((current.identifiers as { scheme: string }[]) ?? []),
        ...identifiersOf(country).filter(
          (identifier) =>
            !(current.identifiers as { scheme: string }[]).some((kept) => kept.scheme === identifier.scheme),
        ),
      ],
    };
    const before = {
      iso3: current.iso3,
      nameI18n: current.nameI18n,
      officialNameI18n: current.officialNameI18n,
      otherNames: current.otherNames,
      demonyms: current.demonyms,
      sources: current.sources,
      identifiers: current.identifiers,
    };
    if (same(before, next)) continue;
    await tx.country.update({ where: { id: current.id }, data: { ...next, version: current.version + 1 } });
    writer.updated("country", current, { ...current, ...next, version: current.version + 1 });
  }
  if (toCreate.length) await tx.country.createMany({ data: toCreate });
  return ids;
}

async function loadOrganizations(tx: Tx, writer: Writer): Promise<Map<string, string>> {
  const existing = await tx.organization.findMany();
  const bySlug = new Map(existing.map((organization) => [organization.slug, organization]));
  const ids = new Map(existing.map((organization) => [organization.slug, organization.id]));
  // One by one, parents first (the list is in that order): a body's parent id must exist when it is created.
  for (const organization of referenceOrganizations) {
    const current = bySlug.get(organization.slug);
    const parentId = organization.parent ? (ids.get(organization.parent) ?? null) : null;
    if (!current) {
      const row = await tx.organization.create({
        data: {
          id: newId(),
          slug: organization.slug,
          nameI18n: organization.name,
          abbreviationI18n: organization.abbreviation ?? undefined,
          otherNames: [...organization.otherNames],
          classification: organization.classification,
          parentId,
          foundingDate: organization.foundingDate,
          officialLanguages: [...organization.officialLanguages],
          sources: [organization.source],
        },
      });
      ids.set(organization.slug, row.id);
      writer.created("organization", row);
      continue;
    }
    const next = {
      nameI18n: fill(current.nameI18n, organization.name),
      abbreviationI18n: organization.abbreviation
        ? fill(current.abbreviationI18n, organization.abbreviation)
        : current.abbreviationI18n,
      otherNames: union(current.otherNames, organization.otherNames),
      parentId: current.parentId ?? parentId,
      foundingDate: current.foundingDate ?? organization.foundingDate,
      officialLanguages: current.officialLanguages.length
        ? current.officialLanguages
        : [...organization.officialLanguages],
      sources: withSources(current.sources, [organization.source]),
    };
    const before = {
      nameI18n: current.nameI18n,
      abbreviationI18n: current.abbreviationI18n,
      otherNames: current.otherNames,
      parentId: current.parentId,
      foundingDate: current.foundingDate,
      officialLanguages: current.officialLanguages,
      sources: current.sources,
    };
    if (same(before, next)) continue;
    const data = { ...next, abbreviationI18n: next.abbreviationI18n ?? undefined };
    await tx.organization.update({
      where: { id: current.id },
      data: { ...data, version: current.version + 1 },
    });
    writer.updated("organization", current, { ...current, ...next, version: current.version + 1 });
  }
  return ids;
}

async function loadMemberships(
  tx: Tx,
  writer: Writer,
  countryIds: Map<string, string>,
  organizationIds: Map<string, string>,
) {
  const existing = await tx.orgMembership.findMany();
  const toCreate: Prisma.OrgMembershipCreateManyInput[] = [];
  for (const membership of referenceMemberships) {
    const organizationId = organizationIds.get(membership.organization);
    const countryId = countryIds.get(membership.country);
    if (!organizationId || !countryId)
      throw new Error(`Reference membership of unknown ${membership.organization} / ${membership.country}`);
    const candidates = existing.filter(
      (row) =>
        row.organizationId === organizationId &&
        row.countryId === countryId &&
        row.status === membership.status,
    );
    // The same term (same start), or one whose start nobody knew yet.
    const current =
      candidates.find((row) => row.startDate === membership.startDate) ??
      candidates.find((row) => row.startDate === null && membership.startDate !== null);
    if (!current) {
      const row = {
        id: newId(),
        organizationId,
        countryId,
        status: membership.status,
        startDate: membership.startDate,
        endDate: membership.endDate,
        sources: [membership.source],
      };
      toCreate.push(row);
      existing.push({ ...row, version: 1, createdAt: new Date(0), updatedAt: new Date(0) });
      writer.created("org_membership", row);
      continue;
    }
    const next = {
      startDate: current.startDate ?? membership.startDate,
      endDate: current.endDate ?? membership.endDate,
      sources: withSources(current.sources, [membership.source]),
    };
    const before = { startDate: current.startDate, endDate: current.endDate, sources: current.sources };
    if (same(before, next)) continue;
    await tx.orgMembership.update({
      where: { id: current.id },
      data: { ...next, version: current.version + 1 },
    });
    writer.updated("org_membership", current, { ...current, ...next, version: current.version + 1 });
    Object.assign(current, next);
  }
  if (toCreate.length) await tx.orgMembership.createMany({ data: toCreate });
}

/**
 * Loads the reference data: every ISO 3166 country and the main intergovernmental organizations with their
 * bodies and memberships over time, each fact with its source. Idempotent: records are matched by stable keys
 * (ISO code, slug, organization + country + status + start) and only what they lack is filled, so a second run
 * changes nothing; every write leaves a revision marked `via: "reference-data"`.
 */
export async function loadReferenceData(db: Db): Promise<ReferenceLoadResult> {
  return db.$transaction(
    async (tx) => {
      const writer = new Writer(tx);
      const countryIds = await loadCountries(tx, writer);
      const organizationIds = await loadOrganizations(tx, writer);
      await loadMemberships(tx, writer, countryIds, organizationIds);
      await writer.flush();
      return writer.result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
