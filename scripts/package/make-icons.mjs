#!/usr/bin/env node
// Draws the Teams app icons into manifest/: color.png (192×192, white symbol on the accent colour) and
// outline.png (32×32, the same symbol in white on transparent). The symbol is one case at the centre
// linked to four agencies around it. Run `node scripts/package/make-icons.mjs` after changing the
// drawing and commit both PNGs; the output is the same byte for byte on every run.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { encodePng } from "./png.mjs";

// Keep in step with accentColor in manifest/manifest.json.
export const ACCENT = [0x17, 0x70, 0x7a];
const SAMPLES = 4; // 4×4 samples a pixel smooth the edges

const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;

function segment(ax, ay, bx, by, halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) - halfWidth;
  };
}

/** The symbol as signed-distance shapes, in a size × size square (negative = inside). */
function symbol(size, { hub, node, reach, line }) {
  const c = size / 2;
  const shapes = [circle(c, c, hub)];
  for (const angle of [45, 135, 225, 315]) {
    const x = c + reach * Math.cos((angle * Math.PI) / 180);
    const y = c + reach * Math.sin((angle * Math.PI) / 180);
    shapes.push(circle(x, y, node), segment(c, c, x, y, line / 2));
  }
  return shapes;
}

/** Fraction of each pixel inside the union of the shapes. */
function coverage(size, shapes) {
  const out = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inside = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = px + (sx + 0.5) / SAMPLES;
          const y = py + (sy + 0.5) / SAMPLES;
          if (shapes.some((shape) => shape(x, y) <= 0)) inside++;
        }
      }
      out[py * size + px] = inside / (SAMPLES * SAMPLES);
    }
  }
  return out;
}

export function colorIcon() {
  const size = 192;
  const cover = coverage(size, symbol(size, { hub: 20, node: 14, reach: 50, line: 8 }));
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < cover.length; i++) {
    for (let k = 0; k < 3; k++) rgba[i * 4 + k] = Math.round(ACCENT[k] + (255 - ACCENT[k]) * cover[i]);
    rgba[i * 4 + 3] = 255;
  }
  return encodePng(size, size, rgba);
}

export function outlineIcon() {
  const size = 32;
  const cover = coverage(size, symbol(size, { hub: 4, node: 3, reach: 9.5, line: 2 }));
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < cover.length; i++) {
    const alpha = Math.round(255 * cover[i]);
    // Fully transparent pixels are written as 0,0,0,0; every visible pixel is pure white.
    if (alpha > 0) rgba.fill(255, i * 4, i * 4 + 3);
    rgba[i * 4 + 3] = alpha;
  }
  return encodePng(size, size, rgba);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifestDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "manifest");
  writeFileSync(join(manifestDir, "color.png"), colorIcon());
  writeFileSync(join(manifestDir, "outline.png"), outlineIcon());
}
