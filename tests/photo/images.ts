/** Generated test photos: random shapes and shading (seeded), and the transforms marketplaces apply. */
import sharp from 'sharp';
import { rng } from '../../bench/random';

export { rng };

/** An RGB image of random ellipses, bars and gradients: structure at several scales, like a portrait. */
export function generated(seed: number, size = 256): Buffer {
  const r = rng(seed);
  const px = Buffer.alloc(size * size * 3);
  const base = [r() * 255, r() * 255, r() * 255];
  const shapes = Array.from({ length: 14 }, () => ({
    x: r() * size,
    y: r() * size,
    rx: 8 + r() * size * 0.35,
    ry: 8 + r() * size * 0.35,
    c: [r() * 255, r() * 255, r() * 255],
  }));
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let c = base.map((b, i) => b * (0.6 + (0.4 * (i === 0 ? x : y)) / size));
      for (const s of shapes) if (((x - s.x) / s.rx) ** 2 + ((y - s.y) / s.ry) ** 2 < 1) c = s.c;
      px.set(
        c.map((v) => Math.max(0, Math.min(255, Math.round(v)))),
        (y * size + x) * 3,
      );
    }
  return px;
}

export interface Transform {
  crop?: [left: number, right: number, top: number, bottom: number];
  size?: number;
  quality?: number;
  mirror?: boolean;
  brightness?: number;
  contrast?: number;
}

/** Applies a transform with sharp and returns RGBA pixels. */
export async function transformed(rgb: Buffer, size: number, t: Transform = {}) {
  let img = sharp(rgb, { raw: { width: size, height: size, channels: 3 } });
  if (t.crop) {
    const [l, r, tp, b] = t.crop.map((f) => Math.round(f * size)) as [number, number, number, number];
    img = sharp(await img.png().toBuffer()).extract({ left: l, top: tp, width: size - l - r, height: size - tp - b });
  }
  if (t.mirror) img = img.flop();
  if (t.size) img = img.resize(t.size, t.size, { fit: 'fill' });
  if (t.brightness || t.contrast) img = img.linear(t.contrast ?? 1, t.brightness ?? 0);
  const encoded = await img.jpeg({ quality: t.quality ?? 90 }).toBuffer();
  const { data, info } = await sharp(encoded).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
