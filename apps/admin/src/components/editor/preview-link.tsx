/**
 * Opens the saved meeting on the public site, in a new tab, as its page will look once published (drafts
 * included). It does not save first: saving a published meeting changes the public site at once, and a preview
 * must never do that. So with unsaved changes it says what it will show.
 */
export function PreviewLink({ id, dirty }: { id: string; dirty: boolean }) {
  return (
    <>
      <a
        href={`/api/preview/meeting/${id}`}
        target="_blank"
        rel="noopener noreferrer"
        aria-describedby={dirty ? "preview-unsaved" : undefined}
      >
        Preview<span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      {dirty ? (
        <span id="preview-unsaved" className="muted">
          Preview shows the last saved version
        </span>
      ) : null}
    </>
  );
}
