"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

/** Downloads the meeting with its linked records as one JSON file. */
export function ExportButton({ id, slug }: { id: string; slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const data = await queryClient.fetchQuery({
        ...trpc.transfer.exportMeeting.queryOptions({ id }),
        staleTime: 0,
      });
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }),
      );
      const a = document.createElement("a");
      a.href = url;
      a.download = `${slug}.json`;
      a.click();
      URL.revokeObjectURL(url);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="secondary" onClick={() => void download()} disabled={busy}>
      Export JSON
    </button>
  );
}
