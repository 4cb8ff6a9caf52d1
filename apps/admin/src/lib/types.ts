import type { AppRouter, inferRouterOutputs } from "@plenary/api";

type Outputs = inferRouterOutputs<AppRouter>;

/** What the api returns, named as the admin's views use it. */
export type MeetingDetail = Outputs["meeting"]["bySlug"];
