import "server-only";
import { feedLocale, meetingFeed, type FeedSubject } from "~/lib/meeting-feeds";
import { api } from "./api";
import { download, readOr404 } from "./open-data";
import { siteUrl } from "./site-url";

/** A feed route's answer: the subject's Atom feed in the language asked for (`?lang=`), or 404 when not public. */
export function atomResponse(request: Request, subject: FeedSubject, what = "record"): Promise<Response> {
  return readOr404(
    what,
    () => meetingFeed(api(), subject, feedLocale(request), siteUrl),
    (xml) => download(xml, "application/atom+xml; charset=utf-8"),
  );
}
