// @vitest-environment happy-dom
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { savedPhotoIn } from '../lib/cli/photos';

describe('a saved page’s photo is looked for inside the page’s folder only', () => {
  const root = mkdtempSync(join(tmpdir(), 'radar-photo-'));
  mkdirSync(join(root, 'pages', 'p_files'), { recursive: true });
  mkdirSync(join(root, 'pages-evil'), { recursive: true });
  writeFileSync(join(root, 'pages', 'p_files', 'me.png'), 'x');
  writeFileSync(join(root, 'pages-evil', 'me.png'), 'x');
  const html = join(root, 'pages', 'p.html');
  const doc = (src: string) => new DOMParser().parseFromString(`<img src="${src}">`, 'text/html');
  const photo = 'https://cdn.example.com/u/me.png';

  it('takes the file saved beside the page', () => {
    expect(savedPhotoIn(doc('p_files/me.png'), html, photo, 'https://x.example/p')).toBe(
      join(root, 'pages', 'p_files', 'me.png'),
    );
  });

  it('does not follow "../" into a folder whose name only starts like the page’s', () => {
    expect(savedPhotoIn(doc('../pages-evil/me.png'), html, photo, 'https://x.example/p')).toBeUndefined();
    expect(savedPhotoIn(doc('../../etc/me.png'), html, photo, 'https://x.example/p')).toBeUndefined();
  });
});
