import { headers } from "next/headers";
import { UsersManager } from "~/components/users-manager";
import { isAdmin } from "~/lib/roles";
import { currentUser } from "~/server/session";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await currentUser(await headers());
  if (!user || !isAdmin(user.role)) {
    return (
      <>
        <h1>Users</h1>
        <p role="alert" className="error">
          Only admins manage users.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Users</h1>
      <UsersManager currentUserId={user.id} />
    </>
  );
}
