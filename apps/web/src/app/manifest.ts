import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): the site's name and icons for home screens and tabs. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Plenary — records of international summits",
    short_name: "Plenary",
    start_url: "/en",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#1d3557",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
