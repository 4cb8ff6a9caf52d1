import type { z } from "zod";
import { CreateDocumentInput } from "./document";
import { MeetingRecordDocument } from "./meeting-record";

/**
 * A document made while editing a meeting ("Create document …" in a picker): it is the meeting's document, so it
 * joins the meeting's package instead of being kept apart like the other new records. The package is already what
 * the meeting's save creates with the meeting, in the same transaction, and relations already name its documents by
 * `key`: the key is the new document's temporary id. Its fields are checked with the domain's `CreateDocumentInput`
 * (which throws its error when they do not pass); the meeting it would name is the one saved, so `meetingId` and the
 * package's own order are not taken from them.
 */
export function newPackageDocument(
  key: string,
  fields: z.input<typeof CreateDocumentInput>,
): MeetingRecordDocument {
  const {
    meetingId: _meeting,
    listOrder: _order,
    status: _status,
    slug: _slug,
    ...created
  } = CreateDocumentInput.parse(fields);
  return MeetingRecordDocument.parse({ ...created, key });
}
