// Input bytes → text. UTF-8 (with or without BOM) and Shift_JIS/CP932 (what Excel on a
// Japanese Windows machine saves) are told apart from the first bytes; --encoding
// overrides. Decoding is incremental, so memory does not grow with the input.
import iconv from 'iconv-lite';

export type Detected = { encoding: string; reason: string };

const SNIFF_BYTES = 64 * 1024;

export function detectEncoding(head: Buffer): Detected {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', reason: 'UTF-8 BOM' };
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    return { encoding: head[0] === 0xff ? 'utf16le' : 'utf16be', reason: 'UTF-16 BOM' };
  }
  try {
    // stream:true tolerates a multi-byte character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf8', reason: 'valid UTF-8' };
  } catch {
    return { encoding: 'cp932', reason: 'not valid UTF-8; read as Shift_JIS (CP932)' };
  }
}

export function isKnownEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

/**
 * Decoded text chunks from a byte stream. The BOM is removed. `onDetected` reports the
 * encoding actually used (for the summary).
 */
export async function* decodeStream(
  input: AsyncIterable<Buffer | string>,
  encoding: string | undefined,
  onDetected: (d: Detected) => void,
): AsyncGenerator<string> {
  let decoder: ReturnType<typeof iconv.getDecoder> | null = null;
  let head: Buffer[] = [];
  let headBytes = 0;
  let first = true;
  const emit = (text: string): string => {
    if (first && text.length > 0) {
      first = false;
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    return text;
  };
  const start = (sample: Buffer): void => {
    const detected = encoding !== undefined ? { encoding, reason: 'set with --encoding' } : detectEncoding(sample);
    onDetected(detected);
    decoder = iconv.getDecoder(detected.encoding, { stripBOM: true });
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (decoder === null) {
      head.push(buf);
      headBytes += buf.length;
      if (headBytes < SNIFF_BYTES) continue;
      const sample = Buffer.concat(head);
      head = [];
      start(sample);
      const text = (decoder as unknown as { write(b: Buffer): string }).write(sample);
      if (text) yield emit(text);
      continue;
    }
    const text = (decoder as { write(b: Buffer): string }).write(buf);
    if (text) yield emit(text);
  }
  if (decoder === null) {
    const sample = Buffer.concat(head);
    start(sample);
    const text = (decoder as unknown as { write(b: Buffer): string }).write(sample);
    if (text) yield emit(text);
  }
  const rest = (decoder as unknown as { end(): string | undefined }).end();
  if (rest) yield emit(rest);
}
