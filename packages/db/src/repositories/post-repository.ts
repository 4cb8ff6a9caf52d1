import { referenceRecordRefs, type CreatePostInput, type Post, type UpdatePostInput } from "@plenary/domain";
import type { Db } from "../client";
import { toPost } from "./mappers";
import type { NewRecordsWriter } from "./new-records-writer";
import { ReferenceRepository } from "./reference-repository";
import { publicPost } from "./visibility";

export class PostRepository extends ReferenceRepository<Post, CreatePostInput, UpdatePostInput> {
  constructor(db: Db, newRecords?: NewRecordsWriter) {
    super(
      db,
      {
        entityType: "post",
        table: (client) => client.post,
        toEntity: toPost,
        publicWhere: publicPost,
        orderBy: { slug: "asc" },
        nameOf: (input) => input.labelI18n as Post["labelI18n"],
        recordRefs: referenceRecordRefs.post,
      },
      newRecords,
    );
  }
}
