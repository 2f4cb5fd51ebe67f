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

/** The input is not in the encoding it was read as: stop (exit 2) rather than screen garbled names. */
export class EncodingError extends Error {
  override name = 'EncodingError';
}

function firstNonAscii(buf: Buffer): number {
  for (let i = 0; i < buf.length; i++) if ((buf[i] as number) >= 0x80) return i;
  return -1;
}

/**
 * Decoded text chunks from a byte stream. The encoding is decided at the first non-ASCII
 * byte, wherever it is (plain ASCII reads the same in every supported encoding), so a
 * Shift_JIS name deep in an otherwise ASCII file is still read as Shift_JIS. A UTF-8 guess
 * is then held to: a later byte that is not UTF-8 stops the run with a clear message. The
 * BOM is removed. `onDetected` reports the encoding used (for the summary).
 */
export async function* decodeStream(
  input: AsyncIterable<Buffer | string>,
  encoding: string | undefined,
  onDetected: (d: Detected) => void,
): AsyncGenerator<string> {
  let decode: ((b: Buffer) => string) | null = null;
  let finish: () => string = () => '';
  let offset = 0;
  let first = true;
  const emit = (text: string): string => {
    if (first && text.length > 0) {
      first = false;
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    return text;
  };
  const decide = (sample: Buffer): void => {
    const detected = encoding !== undefined ? { encoding, reason: 'set with --encoding' } : detectEncoding(sample);
    onDetected(detected);
    if (encoding === undefined && detected.encoding === 'utf8') {
      const utf8 = new TextDecoder('utf-8', { fatal: true });
      decode = (b) => {
        try {
          return utf8.decode(b, { stream: true });
        } catch {
          throw new EncodingError(
            `the input is not valid UTF-8 (in the bytes from offset ${offset}); if it was saved as Shift_JIS, pass --encoding cp932`,
          );
        }
      };
      finish = () => utf8.decode();
      return;
    }
    const decoder = iconv.getDecoder(detected.encoding, { stripBOM: true });
    decode = (b) => decoder.write(b);
    finish = () => decoder.end() ?? '';
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (decode === null) {
      const high = encoding === undefined ? firstNonAscii(buf) : 0;
      if (high === -1) {
        offset += buf.length;
        yield emit(buf.toString('latin1'));
        continue;
      }
      // From the first non-ASCII byte on (a BOM, if any, is at offset 0 of the input).
      decide(offset === 0 ? buf : buf.subarray(high, high + SNIFF_BYTES));
    }
    const text = (decode as unknown as (b: Buffer) => string)(buf);
    offset += buf.length;
    if (text) yield emit(text);
  }
  if (decode === null) decide(Buffer.alloc(0));
  const rest = finish();
  if (rest) yield emit(rest);
}
