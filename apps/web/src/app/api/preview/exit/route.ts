import { sameOriginPath } from "@plenary/domain";
import { cookies, draftMode } from "next/headers";
import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { PREVIEW_COOKIE } from "~/server/preview";

/** Leaves preview (the banner's link): draft mode off, token cookie gone, back to a page of this site. */
export async function GET(request: NextRequest) {
  (await draftMode()).disable();
  (await cookies()).delete(PREVIEW_COOKIE);
  // Only a path on this site: "//host", "/%09/host" and the like would leave it.
  redirect(sameOriginPath(request.nextUrl.searchParams.get("to")));
}
