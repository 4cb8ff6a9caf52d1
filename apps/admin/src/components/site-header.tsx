import Link from "next/link";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  return (
    <header className="site-header">
      <nav aria-label="Admin">
        <Link href="/" className="site-name">
          Plenary admin
        </Link>
        <Link href="/">Meetings</Link>
        <Link href="/meetings/from-release">From a press release</Link>
        <Link href="/meetings/new">New meeting</Link>
        <Link href="/records/meeting">Records</Link>
        <Link href="/trash">Trash</Link>
        <Link href="/audit">Audit log</Link>
        <UserMenu />
      </nav>
    </header>
  );
}
