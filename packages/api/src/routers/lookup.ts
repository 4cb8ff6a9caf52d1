import { LINKED_TYPES } from "@plenary/db";
import { Id, PageKind, PartialDate, PublicationStatus } from "@plenary/domain";
import { z } from "zod";
import { protectedProcedure, router } from "../trpc";

/** Every kind with a page of its own is listed and picked (the domain's registry of record kinds). */
export const ListableInput = PageKind;

export const lookupRouter = router({
  /** Any record type, searched, filtered, sorted and paged in the database: list views and relation pickers. */
  list: protectedProcedure
    .input(
      z.object({
        entityType: ListableInput,
        q: z.string().max(200).optional(),
        status: PublicationStatus.optional(),
        sort: z.enum(["label", "date", "updatedAt"]).default("updatedAt"),
        direction: z.enum(["asc", "desc"]).default("desc"),
        limit: z.int().min(1).max(200).default(25),
        offset: z.int().min(0).default(0),
      }),
    )
    .query(({ ctx, input }) => ctx.repos.editorLists.list(input)),
  /** Names for ids a form holds. */
  labels: protectedProcedure
    .input(z.object({ entityType: ListableInput, ids: z.array(Id).max(500) }))
    .query(({ ctx, input }) => ctx.repos.editorLists.labels(input.entityType, input.ids)),
  /** Current versions of records by id. */
  versions: protectedProcedure
    .input(z.object({ entityType: ListableInput, ids: z.array(Id).max(500) }))
    .query(({ ctx, input }) => ctx.repos.editorLists.versions(input.entityType, input.ids)),
  /** A person's posts over time, flagging those held on `date` (the meeting's): the proposal for a participant. */
  occupancies: protectedProcedure
    .input(z.object({ personId: Id, date: PartialDate.nullable() }))
    .query(({ ctx, input }) => ctx.repos.editorLists.occupancies(input.personId, input.date)),
  /**
   * What links to a record, as lists of the linked records (a person's participations, a document's relations both
   * ways…), each paged: every section from the start, or one `section` from `offset`.
   */
  links: protectedProcedure
    .input(
      z.object({
        entityType: z.enum(LINKED_TYPES),
        id: Id,
        section: z.string().max(40).optional(),
        limit: z.int().min(1).max(200).default(50),
        offset: z.int().min(0).default(0),
      }),
    )
    .query(({ ctx, input }) => ctx.repos.links.links(input.entityType, input.id, input)),
});
