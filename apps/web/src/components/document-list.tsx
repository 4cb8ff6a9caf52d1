import { label, type DocumentType, type LocalizedText, type Locale } from "@plenary/domain";
import { Link } from "~/i18n/navigation";
import { Text } from "./text";

/** Documents as a list of links, each with its type in the page's language. */
export function DocumentList({
  documents,
  locale,
}: {
  documents: { id: string; slug: string; titleI18n: LocalizedText; type: DocumentType }[];
  locale: Locale;
}) {
  return (
    <ul>
      {documents.map((document) => (
        <li key={document.id}>
          <Link href={`/documents/${document.slug}`}>
            <Text value={document.titleI18n} />
          </Link>{" "}
          <span className="muted">({label("documentType", document.type, locale)})</span>
        </li>
      ))}
    </ul>
  );
}
