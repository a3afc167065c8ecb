// Draws the add-in's icons (assets/icon-<size>.png): a blue rounded square with rising bars and a check
// mark. Run once when the design changes: `node scripts/make-icons.mjs`; the PNGs are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

// The ribbon sizes Office asks for (16, 32 and 80 required; 20, 24, 40, 48 and 64 for other display scalings:
// https://learn.microsoft.com/javascript/api/manifest/icon), and 128 for an add-in catalogue.
const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x6c, 0xe0, 0x8a];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1), as signed distances (negative inside).
const roundedSquare = (x, y) => {
  const r = 0.18;
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const box = (x0, y0, x1, y1) => (x, y) => Math.max(x0 - x, x - x1, y0 - y, y - y1);
const bars = [box(0.2, 0.55, 0.32, 0.8), box(0.42, 0.42, 0.54, 0.8), box(0.64, 0.3, 0.76, 0.8)];
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - w;
};
const check = [segment(0.52, 0.3, 0.62, 0.4, 0.045), segment(0.62, 0.4, 0.84, 0.16, 0.045)];

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const aa = 1 / size;
  const cover = (d) => Math.max(0, Math.min(1, 0.5 - d / aa));
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      const base = cover(roundedSquare(x, y));
      let color = BLUE;
      const barCover = Math.max(...bars.map((b) => cover(b(x, y))));
      const checkCover = size >= 32 ? Math.max(...check.map((s) => cover(s(x, y)))) : 0;
      color = color.map((c, i) => c + (WHITE[i] - c) * barCover);
      color = color.map((c, i) => c + (GREEN[i] - c) * checkCover);
      const o = (py * size + px) * 4;
      rgba[o] = Math.round(color[0]);
      rgba[o + 1] = Math.round(color[1]);
      rgba[o + 2] = Math.round(color[2]);
      rgba[o + 3] = Math.round(255 * base);
    }
  }
  return encodePng(size, rgba);
}

for (const size of SIZES) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), draw(size));
console.log(`icons written: ${SIZES.join(", ")} px`);
