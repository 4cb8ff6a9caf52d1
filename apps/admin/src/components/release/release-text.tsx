"use client";

import { Fragment, useRef } from "react";

export interface Span {
  id: string;
  start: number;
  end: number;
  label: string;
}

/**
 * The release as it was read, with every span a proposed fact came from marked; the selected fact's span is
 * emphasised and scrolled into view, so the editor can check each fact against its sentence. Text the editor selects
 * is reported as offsets into `text` (null when nothing of it is selected).
 */
export function ReleaseText({
  text,
  spans,
  selected,
  onSelect,
  onSelectText,
}: {
  text: string;
  spans: Span[];
  selected: string | null;
  onSelect: (id: string) => void;
  onSelectText?: (range: { start: number; end: number } | null) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  // The container's text is `text` exactly (marks only wrap slices of it), so a DOM position's offset is the length
  // of the text before it.
  const offsetOf = (root: HTMLElement, node: Node, offset: number) => {
    const before = document.createRange();
    before.selectNodeContents(root);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const reportSelection = () => {
    const root = container.current;
    if (!root || !onSelectText) return;
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (
      !range ||
      range.collapsed ||
      !root.contains(range.startContainer) ||
      !root.contains(range.endContainer)
    )
      return onSelectText(null);
    onSelectText({
      start: offsetOf(root, range.startContainer, range.startOffset),
      end: offsetOf(root, range.endContainer, range.endOffset),
    });
  };
  // Non-overlapping, in text order: a span inside an earlier one is reachable from its fact's row instead.
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: { span: Span | null; text: string }[] = [];
  let at = 0;
  for (const span of ordered) {
    if (span.start < at || span.end <= span.start) continue;
    if (span.start > at) pieces.push({ span: null, text: text.slice(at, span.start) });
    pieces.push({ span, text: text.slice(span.start, span.end) });
    at = span.end;
  }
  if (at < text.length) pieces.push({ span: null, text: text.slice(at) });

  return (
    <div
      ref={container}
      className="release-text"
      aria-label="Press release with the spans each fact was read from"
      onMouseUp={reportSelection}
      onKeyUp={reportSelection}
    >
      {pieces.map((piece, index) =>
        piece.span ? (
          <mark
            key={index}
            id={`span-${piece.span.id}`}
            className={piece.span.id === selected ? "selected" : undefined}
            title={piece.span.label}
            onClick={() => onSelect(piece.span!.id)}
          >
            {piece.text}
          </mark>
        ) : (
          <Fragment key={index}>{piece.text}</Fragment>
        ),
      )}
    </div>
  );
}
