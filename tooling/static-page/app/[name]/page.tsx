// One prerendered page per entry of BENCH_STATIC_PAGES (a JSON object: name → characters of text), read when the
// benchmark builds this app. Next writes the text twice into the HTML, as markup and in the inline payload, as it
// does for any server-rendered content; the benchmark asks for half the bytes it wants and reports the size served.
export const dynamicParams = false;

const sizes = JSON.parse(process.env.BENCH_STATIC_PAGES ?? "{}") as Record<string, number>;

export function generateStaticParams() {
  return Object.keys(sizes).map((name) => ({ name }));
}

const WORDS =
  "summit delegation declaration presidency council member observer statement adopted signed".split(" ");

/** Paragraphs of made-up words, `length` characters in all. */
function paragraphs(length: number): string[] {
  const result: string[] = [];
  let paragraph = "";
  let total = 0;
  for (let i = 0; total < length; i++) {
    const word = WORDS[(i * 7) % WORDS.length]!;
    paragraph += paragraph ? ` ${word}` : word;
    total += word.length + 1;
    if (paragraph.length > 400) {
      result.push(paragraph);
      paragraph = "";
    }
  }
  if (paragraph) result.push(paragraph);
  return result;
}

export default async function Page({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return (
    <main>
      <h1>{name}</h1>
      {paragraphs(sizes[name] ?? 0).map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </main>
  );
}
