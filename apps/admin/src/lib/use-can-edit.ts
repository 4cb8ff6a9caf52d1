"use client";

import type { UserRole } from "@plenary/domain";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { canEdit, isAdmin } from "./roles";

/** The signed-in user's role; null while loading. */
export function useRole(): UserRole | null {
  const trpc = useTRPC();
  const me = useQuery({ ...trpc.user.me.queryOptions(), staleTime: Infinity });
  return me.data?.role ?? null;
}

/**
 * Whether the signed-in user may change records (editors and admins; viewers read only). The server refuses a
 * viewer's writes anyway: this only keeps the screen from offering what would be refused. Unknown while loading,
 * which counts as "no" so nothing flashes on and off.
 */
export function useCanEdit(): boolean {
  return canEdit(useRole());
}

/** Whether the signed-in user is an admin (purge, audit log, users); "no" while loading. */
export function useIsAdmin(): boolean {
  return isAdmin(useRole());
}
