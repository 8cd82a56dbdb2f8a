#!/usr/bin/env node
/** Writes the app icons (public/icons/icon-<size>.png): a blue tile with a white ¥ over a bar, drawn as plain blocks. Run once by hand. */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
const crc32 = (buf) => {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

// A 16 × 16 glyph grid of a stylised "¥" over a bar chart: readable at any size, no font needed.
const GLYPH = [
  '................',
  '................',
  '...##......##...',
  '....##....##....',
  '.....##..##.....',
  '......####......',
  '....########....',
  '.......##.......',
  '....########....',
  '.......##.......',
  '.......##.......',
  '.......##.......',
  '................',
  '..############..',
  '................',
  '................',
];

function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const on = GLYPH[Math.floor((y / size) * 16)][Math.floor((x / size) * 16)] === '#';
      const [r, g, b] = on ? [255, 255, 255] : [0x1d, 0x4f, 0x91];
      raw.set([r, g, b, 255], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [192, 512]) writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png(size));
