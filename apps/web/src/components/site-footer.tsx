export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Data licence: <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>. Every record names
        its sources.
      </p>
    </footer>
  );
}
