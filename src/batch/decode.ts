import type { Encoding, FileProblem } from './types';

/** Larger files are refused before they are read: 10 MB is some 100,000 rows of a typical calculator. */
export const MAX_BYTES = 10 * 1024 * 1024;

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; problem: FileProblem };

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function decoder(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return undefined;
  }
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return decoder(label)?.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The text of an uploaded CSV. UTF-8 with or without a BOM; UTF-16 with a BOM (Excel's "Unicode text");
 * and, when the bytes are not valid UTF-8, GB18030 — the superset of GBK that Excel on a Chinese Windows writes.
 * Spreadsheets, other binary files and bytes valid in neither are refused with a problem code.
 */
/** The problem of a file of `size` bytes over MAX_BYTES (checked before reading where the size is known). */
export function tooLarge(size: number): FileProblem {
  return { code: 'too-large', params: { size: megabytes(size), max: megabytes(MAX_BYTES) } };
}

export function decodeCsv(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_BYTES) return { ok: false, problem: tooLarge(bytes.length) };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { ok: false, problem: { code: 'spreadsheet' } };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = tryDecode(encoding, bytes.subarray(2));
    return text === undefined ? { ok: false, problem: { code: 'encoding' } } : checked(text, encoding);
  }
  // A text file has no NUL bytes; an image, a PDF or a zip has them early on.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, problem: { code: 'binary' } };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    return text === undefined ? { ok: false, problem: { code: 'encoding' } } : checked(text, 'utf-8-bom');
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return checked(utf8, 'utf-8');
  const gbk = tryDecode('gb18030', bytes);
  if (gbk !== undefined) {
    const foreign = foreignEncoding(bytes);
    if (foreign) return { ok: false, problem: { code: 'foreign-encoding', params: { name: foreign } } };
    return checked(gbk, 'gbk');
  }
  return { ok: false, problem: { code: 'encoding' } };
}

/**
 * GB18030 decodes almost any bytes, so a Big5 (traditional Chinese) or Shift-JIS (Japanese) file would be read as
 * GBK without a word. Simplified Chinese saved by Excel is GB2312 nearly throughout: both bytes of a character are
 * 0xA1–0xFE. Big5 puts some 40% of its second bytes in 0x40–0x7E, Shift-JIS most of its first bytes in 0x81–0x9F.
 * When fewer than 80% of at least eight double-byte characters are GB2312-shaped and the bytes are valid Big5 or
 * Shift-JIS, the file is refused with that encoding's name (the person is told to save it as CSV UTF-8).
 */
export function foreignEncoding(bytes: Uint8Array): string | undefined {
  let pairs = 0;
  let gb2312 = 0;
  let sjisLead = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && next >= 0xa1 && next <= 0xfe) gb2312++;
    if (b >= 0x81 && b <= 0x9f) sjisLead++;
    i++;
  }
  if (pairs < 8 || gb2312 / pairs >= 0.8) return undefined;
  // First bytes 0x81–0x9F are Shift-JIS kanji and kana (Big5 has none there).
  if (sjisLead / pairs >= 0.5 && tryDecode('shift_jis', bytes) !== undefined) return 'Shift-JIS';
  if (tryDecode('big5', bytes) !== undefined) return 'Big5';
  return undefined;
}

/** Text with control characters other than tab and line breaks (beyond a stray one or two) is not a CSV a person saved. */
function checked(text: string, encoding: Encoding): Decoded {
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  // eslint-disable-next-line no-control-regex
  // The whole text is looked at (not only its first 8 KB), in one linear pass; a stray one or two are dropped on output.
  const controls = text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g)?.length ?? 0;
  if (controls > 2) return { ok: false, problem: { code: 'binary' } };
  return { ok: true, text, encoding };
}

function megabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

/** A streamed file's first bytes, decoded: the decoder for the rest, or why the file cannot be read. */
export type StreamStart = { ok: true; decoder: StreamDecoder; text: string } | { ok: false; problem: FileProblem };

const isAscii = (bytes: Uint8Array) => bytes.every((b) => b < 0x80);

/**
 * The command line's decoder for a file of any size, read piece by piece: the encoding is chosen from the first
 * bytes (`start`) as `decodeCsv` chooses it from the whole file — the BOMs, NUL bytes, spreadsheets, UTF-8, else
 * GB18030 with the Big5/Shift-JIS check — and each later piece is decoded as it comes (TextDecoder, stream mode).
 * When the first bytes are plain ASCII (UTF-8 and GBK alike), the choice waits for the first byte that is not.
 * Bytes that turn out invalid later on are replaced (U+FFFD) and `replaced` says so: the rows already written
 * cannot be taken back, so the run goes on rather than refusing the whole file.
 */
export class StreamDecoder {
  /** True once invalid bytes were replaced. */
  replaced = false;
  private pending: boolean;

  private constructor(
    public encoding: Encoding,
    private decoder: TextDecoder,
    pending = false,
  ) {
    this.pending = pending;
  }

  private static make(label: string, fatal = true): TextDecoder {
    return new TextDecoder(label, { fatal, ignoreBOM: true });
  }

  /** Chooses the encoding from the first bytes (`final`: they are the whole file) and decodes them. */
  static start(head: Uint8Array, final: boolean): StreamStart {
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) return { ok: false, problem: { code: 'spreadsheet' } };
    let chosen: { encoding: Encoding; label: string; skip: number; pending?: boolean } | undefined;
    if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) {
      const encoding = head[0] === 0xff ? 'utf-16le' : 'utf-16be';
      chosen = { encoding, label: encoding, skip: 2 };
    } else if (head.subarray(0, 8192).includes(0)) {
      return { ok: false, problem: { code: 'binary' } };
    } else if (startsWith(head, [0xef, 0xbb, 0xbf])) {
      chosen = { encoding: 'utf-8-bom', label: 'utf-8', skip: 3 };
    } else if (StreamDecoder.valid('utf-8', head, final)) {
      chosen = { encoding: 'utf-8', label: 'utf-8', skip: 0, pending: !final && isAscii(head) };
    } else if (StreamDecoder.valid('gb18030', head, final)) {
      const foreign = foreignEncoding(head);
      if (foreign) return { ok: false, problem: { code: 'foreign-encoding', params: { name: foreign } } };
      chosen = { encoding: 'gbk', label: 'gb18030', skip: 0 };
    }
    if (!chosen) return { ok: false, problem: { code: 'encoding' } };
    const decoder = new StreamDecoder(chosen.encoding, StreamDecoder.make(chosen.label), chosen.pending);
    let text: string;
    try {
      text = decoder.decoder.decode(head.subarray(chosen.skip), { stream: !final });
    } catch {
      return { ok: false, problem: { code: 'encoding' } };
    }
    if (final && text.trim() === '') return { ok: false, problem: { code: 'empty' } };
    // eslint-disable-next-line no-control-regex
    if ((text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g)?.length ?? 0) > 2) return { ok: false, problem: { code: 'binary' } };
    return { ok: true, decoder, text };
  }

  private static valid(label: string, bytes: Uint8Array, final: boolean): boolean {
    try {
      StreamDecoder.make(label).decode(bytes, { stream: !final });
      return true;
    } catch {
      return false;
    }
  }

  /** The text of the next piece (`final`: the last one). */
  decode(bytes: Uint8Array, final = false): string {
    if (this.pending) {
      const at = bytes.findIndex((b) => b >= 0x80);
      if (at >= 0) {
        this.pending = false;
        // Everything before was ASCII, read alike in both: the first other byte decides, as for the whole file.
        const rest = bytes.subarray(at);
        if (!StreamDecoder.valid('utf-8', rest, final) && StreamDecoder.valid('gb18030', rest, final) && !foreignEncoding(rest)) {
          this.encoding = 'gbk';
          this.decoder = StreamDecoder.make('gb18030');
        }
      }
    }
    try {
      return this.decoder.decode(bytes, { stream: !final });
    } catch {
      this.replaced = true;
      this.decoder = new TextDecoder(this.encoding === 'gbk' ? 'gb18030' : this.encoding === 'utf-8-bom' ? 'utf-8' : this.encoding, { fatal: false, ignoreBOM: true });
      return this.decoder.decode(bytes, { stream: !final });
    }
  }
}
