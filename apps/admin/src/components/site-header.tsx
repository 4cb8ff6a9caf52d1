import Link from "next/link";
import { headers } from "next/headers";
import { canEdit, isAdmin } from "~/lib/roles";
import { currentUser } from "~/server/session";
import { UserMenu } from "./user-menu";

/**
 * The admin's menu, as the signed-in user's role allows: viewers are not offered creating meetings, only admins the
 * audit log; a signed-out visitor (the sign-in page) sees the name of the site and nothing else.
 */
export async function SiteHeader() {
  const user = await currentUser(await headers());
  return (
    <header className="site-header">
      <nav aria-label="Admin">
        <Link href="/" className="site-name">
          Plenary admin
        </Link>
        {user ? (
          <>
            <Link href="/">Meetings</Link>
            {canEdit(user.role) ? (
              <>
                <Link href="/meetings/from-release">From a press release</Link>
                <Link href="/meetings/new">New meeting</Link>
              </>
            ) : null}
            <Link href="/records/meeting">Records</Link>
            <Link href="/trash">Trash</Link>
            {isAdmin(user.role) ? <Link href="/audit">Audit log</Link> : null}
            <UserMenu user={user} />
          </>
        ) : null}
      </nav>
    </header>
  );
}
