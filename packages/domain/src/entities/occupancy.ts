import { z } from "zod";
import { Id } from "../common/id";
import { PartialDate } from "../common/partial-date";
import { createShape, recordFields, updateFields } from "../common/record";

export const OccupancyQualifier = z.enum(["acting", "interim"]);
export type OccupancyQualifier = z.infer<typeof OccupancyQualifier>;

/** Who held which post when; unknown dates stay null rather than being filled from memory. */
const fields = {
  personId: Id,
  postId: Id,
  startDate: PartialDate.nullable(),
  endDate: PartialDate.nullable(),
  qualifier: OccupancyQualifier.nullable(),
};

export const Occupancy = z.object({ ...recordFields, ...fields });
export type Occupancy = z.infer<typeof Occupancy>;

export const CreateOccupancyInput = z.object(createShape(fields));
export type CreateOccupancyInput = z.infer<typeof CreateOccupancyInput>;

export const UpdateOccupancyInput = z.object(fields).partial().extend(updateFields);
export type UpdateOccupancyInput = z.infer<typeof UpdateOccupancyInput>;
