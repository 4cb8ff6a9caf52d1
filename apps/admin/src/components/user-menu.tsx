import type { SessionUser } from "@plenary/api";
import { label } from "@plenary/domain";
import Link from "next/link";
import { isAdmin } from "~/lib/roles";
import { SignOutButton } from "./sign-out-button";

/** Who is signed in, their account, the users page for admins, and sign-out. */
export function UserMenu({ user }: { user: SessionUser }) {
  return (
    <div className="user-menu">
      {isAdmin(user.role) ? <Link href="/users">Users</Link> : null}
      <Link href="/account">
        {user.name} <span className="muted">({label("userRole", user.role, "en")})</span>
      </Link>
      <SignOutButton />
    </div>
  );
}
