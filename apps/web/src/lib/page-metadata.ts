import type { Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { alternatesFor } from "./alternates";

/** Title, canonical address, translations and social-preview cards of one page. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  type = "website",
}: {
  locale: Locale;
  path: string;
  title: string;
  description?: string;
  type?: "website" | "article" | "profile";
}): Metadata {
  return {
    title,
    description,
    alternates: alternatesFor(path, locale),
    openGraph: { title, description, type, url: `/${locale}${path === "/" ? "" : path}`, locale },
    twitter: { card: "summary", title, description },
  };
}
