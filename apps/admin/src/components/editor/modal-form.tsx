"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { createPortal } from "react-dom";
import "./inline-create.css";

/**
 * The modal form the pickers' inline create forms and the post-held and membership forms share: focus starts at the
 * first field and stays inside, Escape cancels, and events stay out of the page's own form (the dialog is portalled
 * out of it, but React still bubbles its events to it). Each form says only its title, fields and what it submits.
 */
export function ModalForm({
  title,
  firstField,
  message,
  busy,
  submitLabel,
  busyLabel,
  onSubmit,
  onClose,
  actions,
  after,
  children,
}: {
  title: string;
  /** The id of the field that has focus when the dialog opens. */
  firstField: string;
  /** A problem that belongs to no field, shown above them. */
  message: string | null;
  busy: boolean;
  submitLabel: string;
  /** The submit button's text while `busy`. */
  busyLabel: string;
  /** Gets `dismiss`, which closes the dialog at once (before focus moves back to the page, which is inert while it is modal). */
  onSubmit: (dismiss: () => void) => unknown;
  onClose: () => void;
  /** More buttons after Submit and Cancel. */
  actions?: ReactNode;
  /** What comes below the buttons. */
  after?: ReactNode;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    document.getElementById(firstField)?.focus();
    return () => element.close();
    // Opens once per mount.
  }, []);
  const dismiss = () => dialog.current?.close();
  const cancel = () => {
    dismiss();
    onClose();
  };
  return createPortal(
    <dialog
      ref={dialog}
      className="inline-create"
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          e.stopPropagation();
          void onSubmit(dismiss);
        }}
      >
        <h2 id={headingId}>{title}</h2>
        {message ? <p role="alert">{message}</p> : null}
        {children}
        <div className="inline-create-actions">
          <button type="submit" disabled={busy}>
            {busy ? busyLabel : submitLabel}
          </button>
          <button type="button" className="secondary-button" onClick={cancel}>
            Cancel
          </button>
          {actions}
        </div>
        {after}
      </form>
    </dialog>,
    document.body,
  );
}
