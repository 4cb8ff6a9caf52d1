"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

/**
 * Whether the signed-in user may change records (editors and admins; viewers read only). The server refuses a
 * viewer's writes anyway: this only keeps the screen from offering what would be refused. Unknown while loading,
 * which counts as "no" so nothing flashes on and off.
 */
export function useCanEdit(): boolean {
  const trpc = useTRPC();
  const me = useQuery({ ...trpc.user.me.queryOptions(), staleTime: Infinity });
  return !!me.data && me.data.role !== "viewer";
}
