/**
 * Draws the Teams app icons with pngjs: a white shield with a check mark.
 *   appPackage/color.png    192×192, the shield on a solid blue background (full-bleed, as Teams asks)
 *   appPackage/outline.png   32×32, the shield in white on transparent with the check cut out
 * Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed, so this only runs when the mark changes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];

const background: Rgb = [0x1d, 0x5c, 0x96];
const white: Rgb = [0xff, 0xff, 0xff];

/** Inside the shield, in unit coordinates (0..1 both ways, y down). */
function inShield(x: number, y: number): boolean {
  const top = 0.08;
  const shoulder = 0.52;
  const tip = 0.93;
  if (y < top || y > tip) return false;
  const halfWidth = y <= shoulder ? 0.36 : 0.36 * (1 - ((y - shoulder) / (tip - shoulder)) ** 2) ** 0.75; // curved sides to a point
  // The top edge dips a little towards the middle: the classic shield silhouette.
  const fromCentre = Math.min(1, Math.abs(x - 0.5) / 0.36);
  const topEdge = top + 0.05 * (1 - fromCentre ** 2);
  return Math.abs(x - 0.5) <= halfWidth && y >= topEdge;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** On the check mark's stroke (round caps and join). */
function inCheck(x: number, y: number, strokeWidth: number): boolean {
  const a = [0.31, 0.5] as const;
  const b = [0.45, 0.65] as const;
  const c = [0.7, 0.35] as const;
  const half = strokeWidth / 2;
  return distanceToSegment(x, y, ...a, ...b) <= half || distanceToSegment(x, y, ...b, ...c) <= half;
}

/** Coverage of one pixel by a shape, from 4×4 samples, so edges are smooth. */
function coverage(px: number, py: number, size: number, shape: (x: number, y: number) => boolean): number {
  let hits = 0;
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) {
      if (shape((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size)) hits += 1;
    }
  }
  return hits / 16;
}

/** Maps icon pixels into glyph space, leaving `margin` (a fraction of the size) around the mark. */
function inset(shape: (x: number, y: number) => boolean, margin: number): (x: number, y: number) => boolean {
  const scale = 1 - 2 * margin;
  return (x, y) => shape((x - margin) / scale, (y - margin) / scale);
}

export function drawColorIcon(size = 192): PNG {
  const png = new PNG({ width: size, height: size });
  // Teams shows the colour icon in a rounded tile; keeping the mark in the middle ~60% keeps it clear of the corners.
  const shield = inset(inShield, 0.2);
  const check = inset((x, y) => inCheck(x, y, 0.11), 0.2);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const shieldCover = coverage(px, py, size, shield);
      const checkCover = coverage(px, py, size, check) * shieldCover;
      const whiteShare = shieldCover - checkCover;
      const offset = (py * size + px) * 4;
      for (let channel = 0; channel < 3; channel += 1) {
        png.data[offset + channel] = Math.round(
          background[channel] * (1 - whiteShare) + white[channel] * whiteShare,
        );
      }
      png.data[offset + 3] = 255;
    }
  }
  return png;
}

export function drawOutlineIcon(size = 32): PNG {
  const png = new PNG({ width: size, height: size });
  const shield = inset(inShield, 0.02);
  const check = inset((x, y) => inCheck(x, y, 0.13), 0.02);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const shieldCover = coverage(px, py, size, shield);
      const alpha = Math.max(0, shieldCover - coverage(px, py, size, check));
      const offset = (py * size + px) * 4;
      // Teams requires white and transparent only: every pixel is white, coverage lives in alpha alone.
      png.data[offset] = 255;
      png.data[offset + 1] = 255;
      png.data[offset + 2] = 255;
      png.data[offset + 3] = Math.round(alpha * 255);
    }
  }
  return png;
}

function main(): void {
  const appPackage = path.resolve(__dirname, '../appPackage');
  writeFileSync(path.join(appPackage, 'color.png'), PNG.sync.write(drawColorIcon()));
  writeFileSync(path.join(appPackage, 'outline.png'), PNG.sync.write(drawOutlineIcon()));
  console.log(`Wrote color.png (192×192) and outline.png (32×32) in ${appPackage}`);
}

if (require.main === module) main();
