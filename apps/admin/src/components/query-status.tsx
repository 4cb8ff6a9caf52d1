import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";

/**
 * What a view shows while its query is not ready: a polite loading line, or the api's message as an alert.
 * Renders `children(data)` once the data is there.
 */
export function QueryStatus<T>({
  query,
  loading,
  children,
}: {
  query: Pick<UseQueryResult<T, { message: string }>, "status" | "data" | "error">;
  loading: string;
  children: (data: T) => ReactNode;
}) {
  if (query.status === "pending") {
    return (
      <p role="status" className="muted">
        {loading}
      </p>
    );
  }
  if (query.status === "error") {
    return (
      <p role="alert" className="error">
        {query.error?.message ?? "Something went wrong."}
      </p>
    );
  }
  return <>{children(query.data as T)}</>;
}
