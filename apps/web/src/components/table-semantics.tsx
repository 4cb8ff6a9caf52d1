"use client";

import { useEffect } from "react";

/** The roles a table's parts have by default, which a CSS `display` other than the table ones can drop. */
const ROLES: [selector: string, role: string][] = [
  ["table", "table"],
  ["thead, tbody, tfoot", "rowgroup"],
  ["tr", "row"],
  ["th[scope=col]", "columnheader"],
  ["th[scope=row]", "rowheader"],
  ["td", "cell"],
];

/** Gives a table's parts their roles explicitly, once each. */
function keepTableRoles(root: ParentNode) {
  for (const table of root.querySelectorAll("table")) {
    for (const [selector, role] of ROLES) {
      const parts = table.matches(selector) ? [table] : table.querySelectorAll(selector);
      for (const part of parts) if (part.getAttribute("role") !== role) part.setAttribute("role", role);
    }
  }
}

/**
 * On a phone the site's tables are laid out as one card per row (`display: block`, globals.css), and some
 * browsers' accessibility trees then stop treating them as tables (WebKit's does), so screen readers lose the row and
 * column navigation and the column names. Naming each part's role keeps them tables to assistive technology. The
 * roles are added in the browser, not in the markup: in HTML they repeat the elements' own semantics, which the
 * HTML checker reports (and forbids on rows and cells of a table). Tables that arrive with a client-side
 * navigation get them too.
 */
export function TableSemantics() {
  useEffect(() => {
    const main = document.querySelector("main") ?? document.body;
    keepTableRoles(main);
    const observer = new MutationObserver(() => keepTableRoles(main));
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return null;
}
