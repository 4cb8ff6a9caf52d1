import "./globals.css";

// Addresses outside every locale (the proxy sends pages to a locale first, so this is rare): English.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <h1>Page not found</h1>
          <p>There is no published record at this address.</p>
          <p>
            <a href="/en">See the latest meetings</a>
          </p>
        </main>
      </body>
    </html>
  );
}
