import { encode } from 'uqr';

/**
 * A QR code of a text (a share link), made on the device: uqr (MIT, no dependencies, ~4 kB gzip) encodes, and the
 * modules become one SVG path, so the code prints sharply at any size and needs no canvas or network.
 * Error correction M (15 %): a printed page that is folded or stamped still reads.
 */
export interface QrMatrix {
  /** Modules per side, the quiet zone included. */
  size: number;
  /** One SVG path of unit squares, one per dark module. */
  path: string;
  /** Dark modules row by row (true = dark), the quiet zone included: for a canvas (the card image) and for tests. */
  modules: boolean[][];
}

/** The quiet zone the QR standard asks for: four modules on each side. */
const BORDER = 4;

export function qrMatrix(text: string): QrMatrix {
  const { size, data } = encode(text, { ecc: 'M', border: BORDER });
  let path = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      // A run of dark modules on a row is one rectangle: a shorter path than one square each.
      let end = x;
      while (end < size && row[end]) end++;
      path += `M${x} ${y}h${end - x}v1h-${end - x}z`;
      x = end;
    }
  });
  return { size, path, modules: data };
}
