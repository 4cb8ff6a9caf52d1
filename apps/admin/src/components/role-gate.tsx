import { headers } from "next/headers";
import type { ReactNode } from "react";
import { canEdit, isAdmin } from "~/lib/roles";
import { currentUser } from "~/server/session";

const ALLOWS = { editor: canEdit, admin: isAdmin } as const;

/**
 * A page only some roles can use: anyone else reads why instead of a screen whose every action the server would
 * refuse (a viewer's "New meeting", an editor's audit log that could only say "0 writes").
 */
export async function RoleGate({
  needs,
  refusal,
  children,
}: {
  needs: keyof typeof ALLOWS;
  refusal: string;
  children: ReactNode;
}) {
  const user = await currentUser(await headers());
  if (!ALLOWS[needs](user?.role)) {
    return (
      <p role="alert" className="error">
        {refusal}
      </p>
    );
  }
  return <>{children}</>;
}
