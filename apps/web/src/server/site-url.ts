import "server-only";
import { env } from "~/env";

/** An absolute address on the public site ("/en/meetings/x" → "https://…/en/meetings/x"). */
export function siteUrl(path: string): string {
  return new URL(path, env.PUBLIC_SITE_URL).href;
}
