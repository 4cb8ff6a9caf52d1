import { label } from "@plenary/domain";
import Link from "next/link";
import { headers } from "next/headers";
import { currentUser } from "~/server/session";
import { SignOutButton } from "./sign-out-button";

/** Who is signed in, their account, the users page for admins, and sign-out. Nothing for anonymous visitors. */
export async function UserMenu() {
  const user = await currentUser(await headers());
  if (!user) return null;
  return (
    <div className="user-menu">
      {user.role === "admin" ? <Link href="/users">Users</Link> : null}
      <Link href="/account">
        {user.name} <span className="muted">({label("userRole", user.role, "en")})</span>
      </Link>
      <SignOutButton />
    </div>
  );
}
