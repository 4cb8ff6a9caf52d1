"use client";

import { useEffect, useRef, useState } from "react";

/** Unsaved work kept in this browser, so a reload or a crash does not lose it. */
export interface Recovered<T> {
  savedAt: string;
  /** The version the unsaved work started from. */
  baseVersion: number | null;
  value: T;
}

const keyOf = (id: string | null) => `plenary:unsaved-meeting:${id ?? "new"}`;

export function readRecovery<T>(id: string | null): Recovered<T> | null {
  if (typeof window === "undefined") return null;
  try {
    const raw = window.localStorage.getItem(keyOf(id));
    return raw ? (JSON.parse(raw) as Recovered<T>) : null;
  } catch {
    return null;
  }
}

export function clearRecovery(id: string | null) {
  window.localStorage.removeItem(keyOf(id));
}

/**
 * Writes the work to localStorage shortly after each change while it differs from what is saved, and at once when
 * the editor goes away (an in-app link unmounts it before the pause is over), so a new meeting is kept like an
 * existing one.
 */
export function useLocalRecovery<T>(id: string | null, value: T, dirty: boolean, baseVersion: number | null) {
  const pending = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!dirty) {
      pending.current = null;
      return;
    }
    const write = () => {
      const entry: Recovered<T> = { savedAt: new Date().toISOString(), baseVersion, value };
      window.localStorage.setItem(keyOf(id), JSON.stringify(entry));
      pending.current = null;
    };
    pending.current = write;
    const timer = setTimeout(write, 300);
    return () => clearTimeout(timer);
  }, [id, value, dirty, baseVersion]);
  useEffect(() => () => pending.current?.(), []);
}

/** Warns before leaving the page while there are unsaved changes. */
export function useLeaveGuard(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const handler = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", handler);
    return () => window.removeEventListener("beforeunload", handler);
  }, [dirty]);
}

/** The recovered work, read once on mount (localStorage is not there during server rendering). */
export function useRecovered<T>(id: string | null): [Recovered<T> | null, () => void] {
  const [recovered, setRecovered] = useState<Recovered<T> | null>(null);
  useEffect(() => setRecovered(readRecovery<T>(id)), [id]);
  return [recovered, () => setRecovered(null)];
}
