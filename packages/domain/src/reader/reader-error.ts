export type ReaderErrorCode = "empty" | "too_large" | "binary" | "not_english" | "not_a_meeting";

/** Input the reader refuses, with a message an editor can act on. */
export class ReaderError extends Error {
  override readonly name = "ReaderError";
  constructor(
    readonly code: ReaderErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const MAX_RELEASE_BYTES = 1024 * 1024;

const ENGLISH_WORDS = new Set(
  "the of and to in a was were is are by on for with at as that this from be has have it which its their an will".split(
    " ",
  ),
);

/** The text's size in UTF-8 bytes, without TextEncoder: the domain declares no platform globals. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Checks the raw input before reading: throws a ReaderError for empty, oversized, binary or non-English text.
 * Whether the text is about a meeting is only known after reading (see readPressRelease).
 */
export function assertReadableRelease(text: string): void {
  if (typeof text !== "string" || text.trim() === "") {
    throw new ReaderError("empty", "The press release is empty: paste its text or upload a .txt file.");
  }
  // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4): a text of at most a third
  // of the limit in units is within it, without counting its bytes.
  if (text.length * 3 > MAX_RELEASE_BYTES && utf8Length(text) > MAX_RELEASE_BYTES) {
    throw new ReaderError(
      "too_large",
      "The press release is larger than 1 MB; a news item is much shorter — check that the right file was chosen.",
    );
  }
  // NUL bytes, the replacement character of a failed UTF-8 decoding and stray control characters mark a binary file.
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0xfffd) controls++;
  }
  if (text.includes("\u0000") || controls > Math.max(2, text.length / 1000)) {
    throw new ReaderError(
      "binary",
      "This is not a text file (it contains binary data); upload the release as plain text.",
    );
  }
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  // The common words ("the", "of" …) are counted among the words written in lower case and the common words
  // themselves: a short item naming many leaders ("SANYA, April 14 (Xinhua) – Chinese President Hu Jintao, Russian
  // President …") is mostly names, which say nothing of its language; with fewer than three such words, only the
  // letters speak.
  const words = text.match(/(?<![\p{L}'’-])[A-Za-z]+(?![\p{L}'’-])/gu) ?? [];
  const common = words.filter((word) => ENGLISH_WORDS.has(word.toLowerCase())).length;
  const pool = words.filter((word) => /^[a-z]/.test(word) || ENGLISH_WORDS.has(word.toLowerCase())).length;
  if (letters === 0 || latin / letters < 0.6 || (pool >= 3 && common / pool < 0.08)) {
    throw new ReaderError("not_english", "Only English press releases are supported yet.");
  }
}
