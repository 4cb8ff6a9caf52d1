import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no published record at this address. It may have been mistyped, or the record is not public
        yet.
      </p>
      <p>
        <Link href="/">See the latest meetings</Link>
      </p>
    </>
  );
}
