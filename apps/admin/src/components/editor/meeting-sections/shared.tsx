import type { EditableMeeting } from "@plenary/domain";
import type { Dispatch, SetStateAction } from "react";
import { useRef } from "react";
import type { ProblemMap } from "../issues";
import { useReadOnly } from "../read-only";

export type Participation = EditableMeeting["participations"][number];
export type Doc = EditableMeeting["documents"][number];

/** Sets one top-level field of the draft. */
export type SetField = <K extends keyof EditableMeeting>(key: K, value: EditableMeeting[K]) => void;

/** What every section of the meeting editor gets: the draft, ways to change it, and the problems to show. */
export interface SectionProps {
  form: EditableMeeting;
  set: SetField;
  setForm: Dispatch<SetStateAction<EditableMeeting>>;
  problems: ProblemMap;
}

export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Up/down buttons (keyboard) and a drag handle for one row of an ordered list. */
export function OrderControls({
  index,
  count,
  onMove,
  label,
}: {
  index: number;
  count: number;
  onMove: (to: number) => void;
  label: string;
}) {
  if (useReadOnly()) return null;
  return (
    <span className="order-controls">
      <button
        type="button"
        aria-label={`Move ${label} up`}
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={`Move ${label} down`}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        ↓
      </button>
    </span>
  );
}

/** Drag and drop for ordered rows; the buttons do the same for keyboard users. */
export function useDragOrder(onMove: (from: number, to: number) => void) {
  const dragging = useRef<number | null>(null);
  return (index: number) => ({
    draggable: true,
    onDragStart: () => (dragging.current = index),
    onDragOver: (e: React.DragEvent) => e.preventDefault(),
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      if (dragging.current !== null && dragging.current !== index) onMove(dragging.current, index);
      dragging.current = null;
    },
  });
}

let newKeyCounter = 0;
export const newKey = () => `new-${Date.now().toString(36)}-${(newKeyCounter += 1)}`;
