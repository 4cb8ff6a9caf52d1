"use client";

import { Fragment } from "react";

export interface Span {
  id: string;
  start: number;
  end: number;
  label: string;
}

/**
 * The release as it was read, with every span a proposed fact came from marked; the selected fact's span is
 * emphasised and scrolled into view, so the editor can check each fact against its sentence.
 */
export function ReleaseText({
  text,
  spans,
  selected,
  onSelect,
}: {
  text: string;
  spans: Span[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
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
    <div className="release-text" aria-label="Press release with the spans each fact was read from">
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
