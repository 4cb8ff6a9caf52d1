import "server-only";
import type { Locale } from "@plenary/domain";
import { TRPCError } from "@trpc/server";
import { getLocale } from "next-intl/server";
import { notFound, permanentRedirect } from "next/navigation";
import { localizedPath } from "~/i18n/navigation";
import { api } from "./api";

type Redirectable = {
  entityType: "document" | "person" | "country" | "organization" | "topic";
  slug: string;
  section: string;
};

/**
 * The record a public procedure returns. When it is not public: a permanent redirect if the address is a renamed
 * record's old slug (`old`), else this locale's 404 page.
 */
export async function orNotFound<T>(promise: Promise<T>, old?: Redirectable): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (!(error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")))
      throw error;
  }
  if (old) {
    const current = await api().publicPages.redirect({ entityType: old.entityType, slug: old.slug });
    if (current)
      permanentRedirect(localizedPath(`/${old.section}/${current}`, (await getLocale()) as Locale));
  }
  notFound();
}
