import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the built public site (`next start`), serving the seeded embedded database. */
    webUrl: string;
    /** Base URL of the built admin app, on the same database. */
    adminUrl: string;
    /** The shared secret of the site's POST /api/revalidate (both apps have it). */
    revalidateSecret: string;
    /** The database both apps serve (a throwaway one on the real PostgreSQL), for test set-up such as users. */
    databaseUrl: string;
  }
}

/** The public site's base URL, from apps.global-setup.ts. */
export const webUrl = (): string => inject("webUrl");

/** The admin app's base URL, from apps.global-setup.ts. */
export const adminUrl = (): string => inject("adminUrl");

/** The database both apps serve, from apps.global-setup.ts. */
export const databaseUrl = (): string => inject("databaseUrl");

/** The secret the admin uses to call the site's POST /api/revalidate. */
export const revalidateSecret = (): string => inject("revalidateSecret");
