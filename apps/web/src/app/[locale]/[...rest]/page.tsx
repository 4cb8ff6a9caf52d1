import { notFound } from "next/navigation";

// Unknown addresses inside a locale get that locale's 404 page.
export default function UnknownPage() {
  notFound();
}
