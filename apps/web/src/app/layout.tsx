import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { LOCALE } from "~/lib/locale";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Plenary", template: "%s · Plenary" },
  description: "Sourced records of international summits: who attended, what was adopted, what was said.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={LOCALE}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
