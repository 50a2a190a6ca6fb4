/**
 * Fetches and decodes a profile photo in the background: createImageBitmap + OffscreenCanvas in a service
 * worker; an <img> and a <canvas> where a background page has a DOM but no OffscreenCanvas. Only image
 * hosts in the manifest's host permissions can be read; cookies are not sent.
 */
import { signature, type PhotoSignature } from './signature';

const MAX_BYTES = 5 * 1024 * 1024;
/** Decoded at this size: enough for the 64×64 grid, and cheap. */
const DECODE = 128;
const PREVIEW = 64;

export interface LoadedPhoto {
  sig: PhotoSignature;
  /** A small colour JPEG (data URL) to show beside a match. */
  preview?: string;
}

async function toDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type};base64,${btoa(bin)}`;
}

async function pixelsOffscreen(blob: Blob): Promise<{ data: Uint8ClampedArray; preview?: string }> {
  const bitmap = await createImageBitmap(blob);
  try {
    const canvas = new OffscreenCanvas(DECODE, DECODE);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0, DECODE, DECODE);
    const data = ctx.getImageData(0, 0, DECODE, DECODE).data;
    const small = new OffscreenCanvas(PREVIEW, PREVIEW);
    small.getContext('2d')?.drawImage(bitmap, 0, 0, PREVIEW, PREVIEW);
    const preview = await toDataUrl(await small.convertToBlob({ type: 'image/jpeg', quality: 0.8 })).catch(
      () => undefined,
    );
    return { data, preview };
  } finally {
    bitmap.close();
  }
}

async function pixelsDom(blob: Blob): Promise<{ data: Uint8ClampedArray; preview?: string }> {
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = DECODE;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0, DECODE, DECODE);
    const data = ctx.getImageData(0, 0, DECODE, DECODE).data;
    const small = document.createElement('canvas');
    small.width = small.height = PREVIEW;
    small.getContext('2d')?.drawImage(img, 0, 0, PREVIEW, PREVIEW);
    return { data, preview: small.toDataURL('image/jpeg', 0.8) };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The body, read only up to `max` bytes: a larger photo is abandoned as soon as it passes the limit (the
 * whole download was read before the size was looked at). Undefined when too large.
 */
export async function readLimited(res: Response, max: number): Promise<Blob | undefined> {
  const type = res.headers.get('content-type') ?? '';
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > max) {
    await res.body?.cancel().catch(() => {});
    return undefined;
  }
  if (!res.body) return undefined;
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    parts.push(value);
  }
  return new Blob(parts as BlobPart[], { type: type.split(';')[0]!.trim() });
}

/**
 * The photo's signature, or undefined when it cannot be fetched or decoded. Redirects are not followed
 * (issue 14: a 302 from an allowed host to any other host was followed, and that host got the request);
 * `allowed` is asked again about the address the answer came from.
 */
export async function loadPhoto(
  url: string,
  fetcher: typeof fetch = fetch,
  allowed: (url: string) => boolean = () => true,
): Promise<LoadedPhoto | undefined> {
  try {
    if (!allowed(url)) return undefined;
    const res = await fetcher(url, { credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'manual' });
    if (res.type === 'opaqueredirect' || res.redirected || !res.ok || res.status !== 200) {
      await res.body?.cancel().catch(() => {});
      return undefined;
    }
    if (res.url && res.url !== url && !allowed(res.url)) return undefined;
    const blob = await readLimited(res, MAX_BYTES);
    if (!blob || !blob.type.startsWith('image/') || blob.size === 0) return undefined;
    const { data, preview } =
      typeof OffscreenCanvas === 'function' && typeof createImageBitmap === 'function'
        ? await pixelsOffscreen(blob)
        : await pixelsDom(blob);
    return { sig: signature(data, DECODE, DECODE), preview };
  } catch {
    return undefined;
  }
}
