// Pieces shared by the pictures the site draws on the server as SVG documents (maps and charts): text escaped for
// XML, and the document's outer element, which names the picture in <title> and gives its values in <desc>.

/** Text made safe for an SVG document's text and attribute values. */
export const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );

/** The outer <svg> of a picture: an image (role="img") labelled by its <title> and described by its <desc>. */
export function svgDocument(options: {
  width: number;
  height: number;
  lang: string;
  title: string;
  description: string;
  body: string;
}): string {
  const { width, height, lang, title, description, body } = options;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" ` +
    `height="${height}" role="img" aria-labelledby="chart-title chart-desc" lang="${escapeXml(lang)}" ` +
    `font-family="system-ui, sans-serif" font-size="13">` +
    `<title id="chart-title">${escapeXml(title)}</title>` +
    `<desc id="chart-desc">${escapeXml(description)}</desc>` +
    `${body}</svg>\n`
  );
}

/** Colours for categories (Okabe–Ito first: told apart with the common colour-vision deficiencies). */
export const PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#F0E442",
  "#000000",
  "#999999",
  "#8c564b",
  "#17becf",
  "#7f3c8d",
];
