import { CreatePostInput, UpdatePostWithNewRecords } from "@plenary/domain";
import { referenceRouter } from "./reference-router";

export const postRouter = referenceRouter((repos) => repos.posts, {
  create: CreatePostInput,
  update: UpdatePostWithNewRecords,
});
