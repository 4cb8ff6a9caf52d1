/**
 * A picture drawn on the server (an SVG document of its own, cached beside the page), shown with <img> so the
 * page's weight does not grow with it; its alt text says where the same data is given as text.
 */
export function ChartImage({ src, alt, height }: { src: string; alt: string; height: number }) {
  return (
    <figure className="chart">
      <img src={src} alt={alt} width={960} height={height} loading="lazy" />
    </figure>
  );
}
