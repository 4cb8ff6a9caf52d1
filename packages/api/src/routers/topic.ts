import { CreateTopicInput, UpdateTopicWithNewRecords } from "@plenary/domain";
import { referenceRouter } from "./reference-router";

export const topicRouter = referenceRouter((repos) => repos.topics, {
  create: CreateTopicInput,
  update: UpdateTopicWithNewRecords,
});
