/**
 * The photo benchmark's data, set up from Debian packages on first use (nothing else is downloaded):
 * photographs from wallpaper packages, cut into non-overlapping square crops that have something in them.
 * Kept in bench/.data (ignored by git). See bench/debian.ts.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { withDebianPackages } from './debian';

const PACKAGES = ['ukui-wallpapers', 'lomiri-wallpapers-16.04', 'lomiri-wallpapers-20.04', 'mate-backgrounds'];
/** Drawings, renders and logos in those packages: not photographs. */
const NOT_PHOTOS =
  /^(2004default|Fossa|Infinite-Sea|Painting-Colors|firstgeneration|Elephants|GreenTraditional|rhythm|string|the-mouse|analogpattern|umang)/;
export const DATA_DIR = join(import.meta.dirname, '.data', 'photos');
const SIDE = 512;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.jpe?g$/i.test(d.name) && !NOT_PHOTOS.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

export async function photoSet(log: (s: string) => void): Promise<string[]> {
  if (existsSync(join(DATA_DIR, 'done')))
    return readdirSync(DATA_DIR)
      .filter((f) => f.endsWith('.jpg'))
      .map((f) => join(DATA_DIR, f))
      .sort();
  log(`photo: setting up the photo set from Debian packages (${PACKAGES.join(', ')}) …`);
  await withDebianPackages(PACKAGES, async (root) => {
    rmSync(DATA_DIR, { recursive: true, force: true });
    mkdirSync(DATA_DIR, { recursive: true });
    let n = 0;
    for (const f of files(root).filter((f) => !/Elephants_/.test(f))) {
      const m = await sharp(f).metadata();
      const side = Math.floor(Math.min(m.width!, m.height!) / 3);
      for (let y = 0; y + side <= m.height!; y += side)
        for (let x = 0; x + side <= m.width!; x += side) {
          const buf = await sharp(f)
            .extract({ left: x, top: y, width: side, height: side })
            .resize(SIDE, SIDE)
            .jpeg({ quality: 95 })
            .toBuffer();
          // A crop of clear sky or a blurred background is not a photo of anything.
          const stats = await sharp(buf).stats();
          if (stats.channels.slice(0, 3).reduce((a, c) => a + c.stdev, 0) / 3 < 20) continue;
          writeFileSync(join(DATA_DIR, `${String(n++).padStart(3, '0')}.jpg`), buf);
        }
    }
    writeFileSync(join(DATA_DIR, 'done'), `${n} crops from ${PACKAGES.join(', ')}\n`);
  });
  return photoSet(log);
}
