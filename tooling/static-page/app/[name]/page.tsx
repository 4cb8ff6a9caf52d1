import fs from "node:fs";

// One prerendered page per entry of the JSON file BENCH_STATIC_PAGES_FILE (name → the characters of text it holds and
// the words of the page it stands beside), read when the benchmark builds this app. Next writes the text twice into
// the HTML, as markup and in the inline payload, as it does for any server-rendered content; the benchmark asks for
// half the bytes it wants and reports the size served. The words are the measured page's own, so that both bodies
// hold the same characters (the load generator's work per body depends on them: tooling/bench/bench.ts).
export const dynamicParams = false;

interface StaticPage {
  length: number;
  words: string[];
}

const file = process.env.BENCH_STATIC_PAGES_FILE;
const pages = (file ? JSON.parse(fs.readFileSync(file, "utf8")) : {}) as Record<string, StaticPage>;

export function generateStaticParams() {
  return Object.keys(pages).map((name) => ({ name }));
}

/** Paragraphs of the page's words in their order (again from the first when they run out), `length` characters. */
function paragraphs({ length, words }: StaticPage): string[] {
  const result: string[] = [];
  let paragraph = "";
  let total = 0;
  for (let i = 0; total < length && words.length > 0; i++) {
    const word = words[i % words.length]!;
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
  const page = pages[name];
  return (
    <main>
      <h1>{name}</h1>
      {page ? paragraphs(page).map((text, i) => <p key={i}>{text}</p>) : null}
    </main>
  );
}
