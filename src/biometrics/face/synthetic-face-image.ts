import type { RgbaImage } from './extractor.ts';

type Rgb = readonly [number, number, number];

/** One drawn face of {@link renderSyntheticFaces}: where, how large, and its colours. */
export interface SyntheticFaceDrawing {
  /** Centre of the face, in pixels. */
  x: number;
  y: number;
  /** Height of the head, in pixels. */
  size: number;
  skin?: Rgb;
  hair?: Rgb;
  eyes?: Rgb;
}

/** Options of {@link renderSyntheticFaces}. */
export interface SyntheticFaceImageOptions {
  width: number;
  height: number;
  faces: SyntheticFaceDrawing[];
  background?: Rgb;
}

/**
 * Draws cartoon faces (shaded skin, hair, eyes with iris and lids, brows,
 * nose, mouth, neck and shoulders) into an RGBA image, softened by a small
 * blur. The face detector of the reference extractor takes them for faces,
 * so tests and demonstrations need no photograph of anyone.
 */
export function renderSyntheticFaces(options: SyntheticFaceImageOptions): RgbaImage {
  const { width: w, height: h, faces } = options;
  const background = options.background ?? [200, 210, 220];
  const rgb = new Float32Array(w * h * 3);
  for (let y = 0; y < h; y++) {
    const darker = (30 * y) / h;
    const row: Rgb = [background[0] - darker, background[1] - darker, background[2] - darker];
    for (let x = 0; x < w; x++) paint(rgb, (y * w + x) * 3, row);
  }
  for (const face of faces) drawFace(rgb, w, h, face);
  const soft = blur(blur(rgb, w, h), w, h);
  const data = new Uint8ClampedArray(w * h * 4);
  for (let p = 0, q = 0; p < soft.length; p += 3, q += 4) {
    data[q] = soft[p];
    data[q + 1] = soft[p + 1];
    data[q + 2] = soft[p + 2];
    data[q + 3] = 255;
  }
  return { width: w, height: h, data };
}

function drawFace(rgb: Float32Array, w: number, h: number, face: SyntheticFaceDrawing): void {
  const { x: X, y: Y, size: S } = face;
  const skin = face.skin ?? [224, 172, 140];
  const hair = face.hair ?? [60, 40, 30];
  const iris = face.eyes ?? [80, 60, 40];
  const shade = (c: Rgb, f: number): Rgb => [c[0] * f, c[1] * f, c[2] * f];
  const x0 = Math.max(0, Math.floor(X - 0.6 * S));
  const x1 = Math.min(w, Math.ceil(X + 0.6 * S));
  const y0 = Math.max(0, Math.floor(Y - 0.6 * S));
  const y1 = Math.min(h, Math.ceil(Y + 0.9 * S));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const at = (y * w + x) * 3;
      const set = (c: Rgb, alpha = 1) => paint(rgb, at, c, alpha);
      const inside = (ex: number, ey: number, rx: number, ry: number, tilt = 0) => ellipse(x, y, X + ex * S, Y + ey * S, rx * S, ry * S, tilt);
      if (Math.abs(x - X) < 0.13 * S && y > Y + 0.2 * S) set(shade(skin, 0.85)); // neck
      if (y > Y + 0.38 * S && inside(0, 0.62, 0.48, 0.25) < 1) set([70, 90, 130]); // shoulders
      if (inside(0, -0.06, 0.33, 0.38) < 1) set(hair);
      const f = inside(0, 0, 0.25, 0.33);
      if (f < 1) set(shade(skin, 1 - 0.25 * f - (0.1 * (x - X)) / (0.25 * S)));
      for (const side of [-1, 1]) if (f >= 1 && inside(side * 0.25, 0.02, 0.04, 0.08) < 1) set(shade(skin, 0.9)); // ears
      if (y < Y - 0.2 * S && inside(0, -0.3, 0.27, 0.12) < 1) set(hair); // fringe
      for (const side of [-1, 1]) {
        const ex = side * 0.1;
        if (inside(ex, -0.11, 0.07, 0.015, side * -0.15) < 1) set(shade(hair, 0.8)); // brow
        const e = inside(ex, -0.05, 0.055, 0.025);
        if (e < 1) set([245, 245, 245]);
        if (e < 1 && inside(ex, -0.05, 0.022, 0.022) < 1) set(iris);
        if (inside(ex, -0.05, 0.01, 0.01) < 1) set([10, 10, 10]);
        if (e >= 1 && e < 1.4 && y < Y - 0.05 * S) set([60, 40, 35], 0.7); // upper lid
        if (inside(side * 0.025, 0.1, 0.012, 0.007) < 1) set([90, 50, 45]); // nostril
      }
      if (Math.abs(x - (X + 0.01 * S)) < 0.012 * S && y > Y - 0.02 * S && y < Y + 0.09 * S) set(shade(skin, 0.8), 0.6); // nose
      const m = inside(0, 0.17, 0.08, 0.025);
      if (m < 1) set([170, 70, 70]);
      if (m < 1 && Math.abs(y - (Y + 0.17 * S)) < 0.004 * S) set([80, 30, 30]);
    }
  }
}

function ellipse(x: number, y: number, cx: number, cy: number, rx: number, ry: number, tilt: number): number {
  const dx = x - cx;
  const dy = y - cy;
  const c = Math.cos(tilt);
  const s = Math.sin(tilt);
  const u = (dx * c + dy * s) / rx;
  const v = (-dx * s + dy * c) / ry;
  return u * u + v * v;
}

function paint(rgb: Float32Array, at: number, c: Rgb, alpha = 1): void {
  for (let k = 0; k < 3; k++) rgb[at + k] = rgb[at + k] * (1 - alpha) + c[k] * alpha;
}

function blur(rgb: Float32Array, w: number, h: number): Float32Array {
  const out = new Float32Array(rgb.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      for (let k = 0; k < 3; k++) {
        let sum = 0;
        let n = 0;
        for (let yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
          for (let xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
            sum += rgb[(yy * w + xx) * 3 + k];
            n++;
          }
        }
        out[(y * w + x) * 3 + k] = sum / n;
      }
    }
  }
  return out;
}
