import type { createCaller } from "@plenary/api";
import { popoloFromMeetings, popoloReferenceIds, type PopoloExport, type PopoloScope } from "./popolo";
import type { MeetingDetail } from "./types";

type PublicApi = Pick<ReturnType<typeof createCaller>, "publicPages">;

/** Loads what the meetings refer to beyond themselves, then writes them as one self-contained Popolo file. */
export async function popoloExport(
  api: PublicApi,
  details: readonly MeetingDetail[],
  options: { urlOf: (path: string) => string; scope: PopoloScope },
): Promise<PopoloExport> {
  const references = await api.publicPages.exportReferences(popoloReferenceIds(details));
  return popoloFromMeetings(details, references, options);
}
