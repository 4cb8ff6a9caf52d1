import { headers } from "next/headers";
import { AccountSettings } from "~/components/account-settings";
import { currentUser } from "~/server/session";
import { getAuth } from "~/server/auth";

export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const requestHeaders = await headers();
  const user = await currentUser(requestHeaders);
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  return (
    <>
      <h1>Your account</h1>
      <p>
        {user?.name} · {user?.email}
      </p>
      <AccountSettings twoFactorEnabled={Boolean(session?.user.twoFactorEnabled)} />
    </>
  );
}
