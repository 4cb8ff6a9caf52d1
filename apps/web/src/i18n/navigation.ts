import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Locale-aware Link and redirects: `href="/meetings/x"` becomes `/ru/meetings/x` on a Russian page. */
export const { Link, redirect, permanentRedirect, usePathname, getPathname } = createNavigation(routing);
