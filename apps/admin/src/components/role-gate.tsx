import { headers } from "next/headers";
import type { ReactNode } from "react";
import { roleMay } from "@plenary/domain";
import { currentUser } from "~/server/session";

/**
 * A page only some roles can use: anyone else reads why instead of a screen whose every action the server would
 * refuse (a viewer's "New meeting", an editor's audit log that could only say "0 writes").
 */
export async function RoleGate({
  needs,
  refusal,
  children,
}: {
  needs: "editor" | "admin";
  refusal: string;
  children: ReactNode;
}) {
  const user = await currentUser(await headers());
  if (!roleMay(user?.role, needs)) {
    return (
      <p role="alert" className="error">
        {refusal}
      </p>
    );
  }
  return <>{children}</>;
}
