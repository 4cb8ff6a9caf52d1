import { z } from "zod";
import { publicProcedure, router } from "../trpc";

export const SearchInput = z.object({ q: z.string().trim().min(1).max(200) });

/** Public search across meetings, people, countries, organizations and documents, grouped by type. */
export const searchRouter = router({
  all: publicProcedure.input(SearchInput).query(({ ctx, input }) => ctx.repos.search.search(input.q)),
});
