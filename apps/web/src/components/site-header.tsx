import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="site-header">
      <nav aria-label="Site">
        <Link href="/" className="site-name">
          Plenary
        </Link>
        <span className="site-tagline">Records of international summits</span>
      </nav>
    </header>
  );
}
