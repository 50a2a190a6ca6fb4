/**
 * The CLI's photo comparison across the files of one run: each page's profile photo is looked for among
 * the images saved beside it ("Save page as…, complete" writes `<name>_files/…` and rewrites `<img src>`
 * to relative paths), hashed, and compared with the other pages' photos. Never uses the network.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { withPhotoCheck, type PhotoCheck } from '../analyze';
import { PhotoMemory, photoRecord } from '../photo/memory';
import { comparable, signature, type PhotoSignature } from '../photo/signature';
import { isPlaceholderPhoto } from '../rules/no-photo';
import { profileKey } from '../storage/db';
import type { MemoryContext } from '../rules/types';
import type { Sensitivity } from '../score';
import { withDocument } from './parse-html';
import type { Report } from './scan';

const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

function lastSegment(u: string): string {
  try {
    return decodeURIComponent(new URL(u).pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}

const stem = (name: string) => name.replace(/\.(?:jpe?g|png|webp|gif|avif)$/i, '');

/** The saved copy of the photo, when the page was saved with its images. */
export function savedPhoto(htmlFile: string, photoUrl: string, pageUrl: string): string | undefined {
  return withDocument(readFileSync(htmlFile, 'utf8'), (doc) => savedPhotoIn(doc, htmlFile, photoUrl, pageUrl));
}

/** The same, in the page's document already parsed (the CLI parses each page once). */
/** Whether a resolved path lies inside a folder (or is in one of its sub-folders). */
function insideDir(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export function savedPhotoIn(doc: Document, htmlFile: string, photoUrl: string, pageUrl: string): string | undefined {
  const wanted = lastSegment(photoUrl);
  const dir = dirname(htmlFile);
  for (const img of doc.querySelectorAll('img[src]')) {
    const src = img.getAttribute('src') ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) continue; // not a saved file
    let path: string;
    try {
      path = resolve(dir, decodeURIComponent(src.split(/[?#]/)[0]!));
    } catch {
      continue;
    }
    // Inside the page's folder only ("../pages-evil/x.png" starts with "/tmp/pages" but is not in it).
    if (!insideDir(path, resolve(dir)) || !existsSync(path) || !statSync(path).isFile()) continue;
    let sameUrl = false;
    try {
      sameUrl = new URL(src, pageUrl).href === photoUrl;
    } catch {
      // not a URL
    }
    // Browsers name the saved file after the URL's last segment, adding an extension when it has none.
    if (sameUrl || (wanted && stem(basename(path)) === stem(wanted))) return path;
  }
  return undefined;
}

async function hashImage(path: string): Promise<PhotoSignature | undefined> {
  try {
    if (statSync(path).size > MAX_IMAGE_BYTES) return undefined;
    const { data, info } = await sharp(path).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return signature(data, info.width, info.height);
  } catch {
    return undefined;
  }
}

/** Adds recycled-photo (and "also seen") across the reports of one run. */
export async function comparePhotos(
  reports: Report[],
  now: Date,
  sensitivity?: Sensitivity,
  /** What the cross-profile step found per file: kept when the photo findings are added. */
  known: Map<string, MemoryContext> = new Map(),
  /** The saved photo of each file, found while the page was read (else the page is read again). */
  photoPaths?: Map<string, string | undefined>,
): Promise<Report[]> {
  const memory = new PhotoMemory();
  const sigs = new Map<Report, PhotoSignature | 'not-loaded' | 'plain'>();
  for (const r of reports) {
    const p = r.profile;
    if (!p?.photoUrl || isPlaceholderPhoto(p.site, p.photoUrl)) continue;
    const path = photoPaths ? photoPaths.get(r.file) : savedPhoto(r.file, p.photoUrl, r.url);
    const sig = path ? await hashImage(path) : undefined;
    if (!sig) sigs.set(r, 'not-loaded');
    else if (!comparable(sig)) sigs.set(r, 'plain');
    else {
      sigs.set(r, sig);
      memory.add(photoRecord(`${profileKey(p)}#${r.file}`, p, sig, now));
    }
  }
  return reports.map((r) => {
    const sig = sigs.get(r);
    if (!sig || !r.profile) return r;
    let check: PhotoCheck;
    if (sig === 'not-loaded' || sig === 'plain') check = { kind: sig };
    else {
      const self = profileKey(r.profile);
      const photoMatches = memory
        .matches(sig, { profileKey: `${self}#${r.file}`, name: r.profile.name, site: r.profile.site })
        // The same profile saved twice is not another profile.
        .filter((m) => !(m.url === r.profile!.url));
      check = { kind: 'compared', ctx: { now, photoMatches } };
    }
    const checked = withPhotoCheck({ ...r, site: r.profile.site }, check, sensitivity, known.get(r.file) ?? { now });
    return {
      ...r,
      findings: checked.findings,
      risk: checked.risk,
      ...(checked.alsoSeen ? { alsoSeen: checked.alsoSeen } : {}),
    };
  });
}
