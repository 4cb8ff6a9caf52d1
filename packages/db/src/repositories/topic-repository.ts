import {
  referenceRecordRefs,
  type CreateTopicInput,
  type Topic,
  type UpdateTopicInput,
} from "@plenary/domain";
import type { Db } from "../client";
import { toTopic } from "./mappers";
import type { NewRecordsWriter } from "./new-records-writer";
import { ReferenceRepository } from "./reference-repository";
import { publicTopic } from "./visibility";

export class TopicRepository extends ReferenceRepository<Topic, CreateTopicInput, UpdateTopicInput> {
  constructor(db: Db, newRecords?: NewRecordsWriter) {
    super(
      db,
      {
        entityType: "topic",
        table: (client) => client.topic,
        toEntity: toTopic,
        publicWhere: publicTopic,
        orderBy: { slug: "asc" },
        nameOf: (input) => input.labelI18n as Topic["labelI18n"],
        recordRefs: referenceRecordRefs.topic,
      },
      newRecords,
    );
  }
}
