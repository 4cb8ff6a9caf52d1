"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * Whether the form around shows values instead of inputs: a viewer's screens are read-only, so the fields render
 * what is stored as text, and buttons that change the record are not there at all.
 */
const ReadOnlyContext = createContext(false);

export function ReadOnly({ when, children }: { when: boolean; children: ReactNode }) {
  return <ReadOnlyContext.Provider value={when}>{children}</ReadOnlyContext.Provider>;
}

export const useReadOnly = () => useContext(ReadOnlyContext);

/** What only someone who may edit sees: add, remove and reorder buttons, pickers' create entries. */
export function EditOnly({ children }: { children: ReactNode }) {
  return useReadOnly() ? null : <>{children}</>;
}
