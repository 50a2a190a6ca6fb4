/**
 * The photo fetch (issue 14, defect 7): no redirect is followed off the marketplace, only the image paths
 * each site really uses are fetched, and a body is read only up to the size limit.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadPhoto, readLimited } from '../../lib/photo/load-browser';
import { isPhotoUrl } from '../../lib/sites/hosts';

const GH = 'https://avatars.githubusercontent.com/u/90000001?v=4';

/** A body of `chunks` chunks of 1 MB, counting how many were pulled. */
function bigBody(chunks: number) {
  const pulled = { n: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (pulled.n >= chunks) return c.close();
      pulled.n++;
      c.enqueue(new Uint8Array(1024 * 1024));
    },
  });
  return { stream, pulled };
}

describe('photo fetch', () => {
  it('asks for no redirect to be followed, and an answer that is one is not read', async () => {
    const fetcher = vi.fn(async () => Response.redirect('https://tracker.example/x.jpg', 302));
    expect(await loadPhoto(GH, fetcher as typeof fetch, isPhotoUrl)).toBeUndefined();
    expect(fetcher).toHaveBeenCalledWith(GH, expect.objectContaining({ redirect: 'manual', credentials: 'omit' }));
  });

  it('an answer that came from another host after all (a fetch that followed) is not read', async () => {
    const res = new Response(new Uint8Array([1, 2, 3]), { headers: { 'content-type': 'image/jpeg' } });
    Object.defineProperty(res, 'url', { value: 'https://tracker.example/x.jpg' });
    const blob = vi.spyOn(res, 'blob');
    const body = vi.spyOn(res.body!, 'getReader');
    expect(await loadPhoto(GH, (async () => res) as unknown as typeof fetch, isPhotoUrl)).toBeUndefined();
    expect(blob).not.toHaveBeenCalled();
    expect(body).not.toHaveBeenCalled();
  });

  it('a URL that is not a photo path is never fetched', async () => {
    const fetcher = vi.fn();
    expect(await loadPhoto('https://www.upwork.com/api/graphql', fetcher, isPhotoUrl)).toBeUndefined();
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('stops reading at the size limit instead of after the whole download', async () => {
    const { stream, pulled } = bigBody(50);
    const res = new Response(stream, { headers: { 'content-type': 'image/jpeg' } });
    expect(await loadPhoto(GH, (async () => res) as unknown as typeof fetch, isPhotoUrl)).toBeUndefined();
    expect(pulled.n).toBeLessThanOrEqual(7);
  });

  it('a declared length over the limit is not read at all; a small body is read whole', async () => {
    const { stream, pulled } = bigBody(50);
    const big = new Response(stream, { headers: { 'content-length': String(50 * 1024 * 1024) } });
    expect(await readLimited(big, 5 * 1024 * 1024)).toBeUndefined();
    expect(pulled.n).toBeLessThanOrEqual(1);
    const small = new Response(new Uint8Array(10), { headers: { 'content-type': 'image/png; q=1' } });
    const blob = await readLimited(small, 100);
    expect([blob?.size, blob?.type]).toEqual([10, 'image/png']);
  });
});

describe('photo URLs', () => {
  it.each([
    'https://www.upwork.com/profile-portraits/c1InventedPortraitToken0000000000000000000000',
    'https://cdn2.f-cdn.com/ppic/123/logo/456/profile.jpg',
    'https://media.licdn.com/dms/image/v2/C4D03AQ/profile-displayphoto-shrink_200_200/0/1?e=1',
    GH,
    'https://fiverr-res.cloudinary.com/attachments/profile/photo/abc/original/x.jpg',
    'https://fiverr-res.cloudinary.com/t_profile_original,q_auto,f_auto/attachments/profile/photo/abc.jpg',
  ])('%s is a photo', (url) => expect(isPhotoUrl(url)).toBe(true));

  it.each([
    'https://www.upwork.com/api/graphql',
    'https://www.upwork.com/freelancers/~01a1b2c3d4e5f60718',
    'https://www.linkedin.com/in/janedoe',
    'https://media.licdn.com/redirect?url=https://tracker.example/',
    'https://github.com/logout',
    'https://avatars.githubusercontent.com/u/1/../../x',
    'http://avatars.githubusercontent.com/u/1',
    'https://avatars.githubusercontent.com:8443/u/1',
    'https://user:pw@avatars.githubusercontent.com/u/1',
    'https://avatars.githubusercontent.com.tracker.example/u/1',
    'https://www.peopleperhour.com/photo.jpg',
    'not a url',
  ])('%s is not', (url) => expect(isPhotoUrl(url)).toBe(false));
});
