/**
 * Turns decoded pixels (RGBA, as ImageData and sharp's raw output give them) into the small grey image
 * every photo comparison starts from: GRID×GRID luma, stretched to a square (per-axis crops are searched
 * separately, so the aspect ratio does not need to survive). Box-averaged when shrinking, bilinear when
 * the photo is smaller than the grid (50 px avatars).
 */
export const GRID = 64;

export type Gray = Float32Array; // GRID * GRID, 0..255

export function toGray(rgba: ArrayLike<number>, width: number, height: number, channels = 4): Gray {
  if (width < 1 || height < 1 || rgba.length < width * height * channels) throw new Error('bad image data');
  const luma = new Float32Array(width * height);
  for (let i = 0, p = 0; i < luma.length; i++, p += channels) {
    const a = channels === 4 ? rgba[p + 3]! / 255 : 1;
    // Transparent pixels count as white, as most pages show avatars on white.
    luma[i] = (0.299 * rgba[p]! + 0.587 * rgba[p + 1]! + 0.114 * rgba[p + 2]!) * a + 255 * (1 - a);
  }
  const out = new Float32Array(GRID * GRID);
  for (let gy = 0; gy < GRID; gy++) {
    const y0 = (gy * height) / GRID;
    const y1 = ((gy + 1) * height) / GRID;
    for (let gx = 0; gx < GRID; gx++) {
      const x0 = (gx * width) / GRID;
      const x1 = ((gx + 1) * width) / GRID;
      out[gy * GRID + gx] =
        x1 - x0 >= 1 && y1 - y0 >= 1
          ? boxMean(luma, width, x0, x1, y0, y1)
          : bilinear(luma, width, height, (x0 + x1) / 2 - 0.5, (y0 + y1) / 2 - 0.5);
    }
  }
  return out;
}

function boxMean(px: Float32Array, w: number, x0: number, x1: number, y0: number, y1: number): number {
  let sum = 0;
  let weight = 0;
  for (let y = Math.floor(y0); y < Math.ceil(y1); y++) {
    const wy = Math.min(y + 1, y1) - Math.max(y, y0);
    for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
      const wgt = wy * (Math.min(x + 1, x1) - Math.max(x, x0));
      sum += px[y * w + x]! * wgt;
      weight += wgt;
    }
  }
  return sum / weight;
}

/** Bilinear sample at pixel coordinates (centre of pixel i is i), clamped to the edges. */
export function bilinear(px: ArrayLike<number>, w: number, h: number, fx: number, fy: number): number {
  const x = Math.max(0, Math.min(w - 1, fx));
  const y = Math.max(0, Math.min(h - 1, fy));
  const ix = Math.min(w - 2, Math.floor(x));
  const iy = Math.min(h - 2, Math.floor(y));
  const ax = x - ix;
  const ay = y - iy;
  if (w === 1 || h === 1) return px[Math.round(y) * w + Math.round(x)]!;
  const top = px[iy * w + ix]! * (1 - ax) + px[iy * w + ix + 1]! * ax;
  const bottom = px[(iy + 1) * w + ix]! * (1 - ax) + px[(iy + 1) * w + ix + 1]! * ax;
  return top * (1 - ay) + bottom * ay;
}
