/**
 * Draws the add-in's icons (assets/icon-16|32|64|80.png) with pngjs: a page
 * with a red header band (the national document style) and a check mark.
 *   npm run build:node && node dist/scripts/make-icons.js
 */
import * as fs from "fs";
import * as path from "path";
import { PNG } from "pngjs";

type RGBA = [number, number, number, number];
const RED: RGBA = [0xc4, 0x26, 0x2e, 255];
const PAGE: RGBA = [255, 255, 255, 255];
const EDGE: RGBA = [0x60, 0x5e, 0x5c, 255];
const GREEN: RGBA = [0x10, 0x7c, 0x10, 255];
const LINE: RGBA = [0xa1, 0x9f, 0x9d, 255];

function draw(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const set = (x: number, y: number, c: RGBA) => {
    if (x < 0 || y < 0 || x >= size || y >= size) return;
    const i = (y * size + x) * 4;
    png.data[i] = c[0];
    png.data[i + 1] = c[1];
    png.data[i + 2] = c[2];
    png.data[i + 3] = c[3];
  };
  const u = size / 16;
  const left = Math.round(2.5 * u),
    right = Math.round(13.5 * u),
    top = Math.round(1 * u),
    bottom = Math.round(15 * u);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) set(x, y, [0, 0, 0, 0]);
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const edge = x === left || x === right - 1 || y === top || y === bottom - 1;
      set(x, y, edge ? EDGE : y < top + Math.max(2, Math.round(3 * u)) ? RED : PAGE);
    }
  }
  for (let k = 0; k < 3; k++) {
    const y = Math.round((6 + k * 2) * u);
    for (let x = left + Math.round(1.5 * u); x < right - Math.round(1.5 * u); x++) set(x, y, LINE);
  }
  const thick = Math.max(1, Math.round(u));
  const stroke = (x0: number, y0: number, x1: number, y1: number) => {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) * 4;
    for (let s = 0; s <= steps; s++) {
      const x = x0 + ((x1 - x0) * s) / steps,
        y = y0 + ((y1 - y0) * s) / steps;
      for (let dx = 0; dx < thick; dx++) for (let dy = 0; dy < thick; dy++) set(Math.round(x) + dx, Math.round(y) + dy, GREEN);
    }
  };
  stroke(5 * u, 11 * u, 7 * u, 13 * u);
  stroke(7 * u, 13 * u, 11.5 * u, 8.5 * u);
  return png;
}

const out = path.join(__dirname, "..", "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), PNG.sync.write(draw(size)));
  process.stdout.write(`wrote assets/icon-${size}.png\n`);
}
