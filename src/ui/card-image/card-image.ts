/**
 * The summary card as a picture (PNG) to keep or send on WeChat, drawn on a canvas in the browser from the card's
 * words and figures (the same strings the page shows): the calculator's title, the answer, the figures, the date,
 * the disclaimer and, beside them, the QR code of the share link. No html2canvas, no font or image fetched: the text
 * is set in the page's own font stack (system CJK fonts), and the QR is drawn module by module from src/ui/qr.
 */
export interface CardImage {
  title: string;
  heading: string;
  /** The answer (the card's first line), then its other figures. */
  headline: string;
  lines: readonly string[];
  /** "测算日期 … · 政策日期 …". */
  date: string;
  disclaimer: string;
  /** The share link's modules (quiet zone included) and the words under it. */
  qr?: { modules: boolean[][]; caption: string };
  /** The page's font stack (getComputedStyle(document.body).fontFamily). */
  fontFamily: string;
}

const WIDTH = 1080;
const PAD = 64;
const INK = '#0b0c0c';
const MUTED = '#484949';
const BRAND = '#1d4f91';
/** The QR's side in px: at least 6 px a module for a phone camera reading a photo of a screen. */
const QR_SIDE = 300;

type Ctx = CanvasRenderingContext2D;

/** Splits into what may not be broken: one CJK character, a run of Latin letters and figures, or spaces. */
function tokens(text: string): string[] {
  return text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
}

/** The lines a text takes at `width` px in the context's current font (greedy, CJK breaks between characters). */
export function wrap(measure: (s: string) => number, text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const tok of tokens(text)) {
    const next = line + tok;
    if (line && measure(next.trimEnd()) > width) {
      out.push(line.trimEnd());
      line = tok.trimStart();
    } else line = next;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}

interface Block {
  font: string;
  color: string;
  size: number;
  lines: string[];
  x: number;
  /** Space above the block. */
  before: number;
}

/** Lays the card out and draws it; returns the canvas (its height follows the text). */
export function drawCard(card: CardImage, canvas: HTMLCanvasElement = document.createElement('canvas')): HTMLCanvasElement {
  const scratch = canvas.getContext('2d');
  if (!scratch) throw new Error('no 2d canvas');
  const font = (size: number, bold = false) => `${bold ? '700 ' : ''}${size}px ${card.fontFamily}`;
  const block = (text: string, size: number, bold: boolean, color: string, width: number, x: number, before: number): Block => {
    scratch.font = font(size, bold);
    return { font: font(size, bold), color, size, lines: wrap((s) => scratch.measureText(s).width, text, width), x, before };
  };
  const inner = WIDTH - 2 * PAD;
  const band = 132;

  const body: Block[] = [
    block(card.heading, 34, false, MUTED, inner, PAD, 44),
    block(card.headline, 54, true, INK, inner, PAD, 16),
    ...card.lines.map((l, i) => block(`• ${l}`, 36, false, INK, inner, PAD, i === 0 ? 28 : 10)),
  ];
  const side = card.qr ? QR_SIDE : 0;
  const footWidth = inner - (side ? side + 40 : 0);
  const foot: Block[] = [block(card.disclaimer, 32, true, INK, footWidth, PAD, 0), block(card.date, 28, false, MUTED, footWidth, PAD, 16)];
  const height = (blocks: Block[]) => blocks.reduce((h, b) => h + b.before + b.lines.length * b.size * 1.4, 0);
  const bodyEnd = band + height(body) + 48;
  const qrCaption = card.qr ? block(card.qr.caption, 26, false, MUTED, side, WIDTH - PAD - side, 12) : undefined;
  const footHeight = Math.max(height(foot), side ? side + height(qrCaption ? [qrCaption] : []) : 0);
  canvas.width = WIDTH;
  canvas.height = Math.ceil(bodyEnd + 40 + footHeight + PAD);

  const ctx = canvas.getContext('2d') as Ctx;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = BRAND;
  ctx.fillRect(0, 0, WIDTH, band);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#fff';
  ctx.font = font(46, true);
  const title = wrap((s) => ctx.measureText(s).width, card.title, inner)[0] ?? '';
  ctx.fillText(title, PAD, band / 2 + 16);

  const draw = (blocks: Block[], top: number): number => {
    let y = top;
    for (const b of blocks) {
      y += b.before;
      ctx.font = b.font;
      ctx.fillStyle = b.color;
      for (const l of b.lines) {
        y += b.size * 1.4;
        ctx.fillText(l, b.x, y - b.size * 0.32);
      }
    }
    return y;
  };
  draw(body, band);
  ctx.fillStyle = BRAND;
  ctx.fillRect(PAD, bodyEnd, inner, 3);
  const footTop = bodyEnd + 40;
  draw(foot, footTop);
  if (card.qr) {
    const n = card.qr.modules.length;
    const scale = Math.floor(side / n);
    const x0 = WIDTH - PAD - side + Math.floor((side - n * scale) / 2);
    ctx.fillStyle = '#fff';
    ctx.fillRect(WIDTH - PAD - side, footTop, side, side);
    ctx.fillStyle = '#000';
    card.qr.modules.forEach((row, y) => row.forEach((dark, x) => dark && ctx.fillRect(x0 + x * scale, footTop + y * scale, scale, scale)));
    if (qrCaption) draw([qrCaption], footTop + n * scale);
  }
  return canvas;
}

export function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/png'));
}

/**
 * Hands the PNG to the phone's share sheet (to WeChat) where a touch device offers file sharing, else downloads it.
 * 'cancelled' when the person closes the share sheet.
 */
export async function keep(blob: Blob, name: string): Promise<'shared' | 'downloaded' | 'cancelled'> {
  const file = typeof File === 'undefined' ? undefined : new File([blob], name, { type: 'image/png' });
  const touch = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  if (file && touch && typeof navigator.share === 'function' && navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file] });
      return 'shared';
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
      // Not allowed here (no user gesture left, a policy): download instead.
    }
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file within moments; the URL is freed then, not kept for the page's life.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'downloaded';
}
