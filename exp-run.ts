import sharp from 'sharp';
import fs from 'node:fs';
import { toGray } from '/work/main/lib/photo/gray';
import { windowHash, storedWindows, queryWindows, hamming, SCALES, type Hash64 } from '/work/main/lib/photo/hash';
import { thumbnail, align } from '/work/main/lib/photo/verify';
let seed = 7; const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const files = fs.readdirSync('/tmp/exp/orig').sort().map((f) => '/tmp/exp/orig/' + f);
const crop = Number(process.env.CROP ?? 0.1);
async function gray(buf: Buffer) { const { data, info } = await sharp(buf).ensureAlpha().raw().toBuffer({ resolveWithObject: true }); return toGray(data, info.width, info.height, 4); }
async function transform(buf: Buffer) {
  const m = await sharp(buf).metadata(); const c = () => Math.floor(rnd() * crop * m.width!);
  const l = c(), r = c(), t = c(), b = c();
  let p = sharp(buf).extract({ left: l, top: t, width: m.width! - l - r, height: m.height! - t - b });
  if (rnd() < 0.5) p = p.flop();
  const size = 50 + Math.floor(rnd() * 350);
  p = p.resize(size, size, { fit: 'fill' }).linear(0.9 + rnd() * 0.2, -10 + rnd() * 20);
  return p.jpeg({ quality: 40 + Math.floor(rnd() * 55) }).toBuffer();
}
const sw = storedWindows(), qw = queryWindows();
type Sig = { hashes: (Hash64 | undefined)[]; thumb: Uint8Array };
const S: Sig[] = [], Q: Sig[] = [];
const n = Math.min(files.length, Number(process.env.N || 999));
for (let i = 0; i < n; i++) { const buf = fs.readFileSync(files[i]!); const g = await gray(buf); S.push({ hashes: sw.map((w) => windowHash(g, w)), thumb: thumbnail(g) });
  const tg = await gray(await transform(buf)); Q.push({ hashes: qw.map((w) => windowHash(tg, w)), thumb: thumbnail(tg) }); }
function best(s: Sig, q: Sig) { let d = 99, bi = 0, bj = 0; s.hashes.forEach((a, i) => { if (!a) return; q.hashes.forEach((b, j) => { if (!b) return; const h = hamming(a, b); if (h < d) { d = h; bi = i; bj = j; } }); }); return { d, bi, bj }; }
const TH = Number(process.env.TH ?? 14);
const pos: number[] = [], neg: number[] = [], posH: number[] = [];
const t0 = performance.now(); let aligns = 0;
for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
  const { d, bi, bj } = best(S[i]!, Q[j]!);
  let score = 0;
  if (d <= TH) { aligns++; const s = sw[bi]!, w = qw[bj]!; score = align(S[i]!.thumb, Q[j]!.thumb, { cx: w.cx, cy: w.cy, kx: w.wx / s.wx, ky: w.wy / s.wy, mirror: w.mirror }).score; }
  (i === j ? pos : neg).push(score); if (i === j) posH.push(d);
}
console.log('align ms each', ((performance.now() - t0) / aligns).toFixed(3), 'aligns', aligns);
neg.sort((a, b) => b - a); const tau = Math.max(neg[Math.floor(neg.length * 0.001)]!, 0.5);
console.log('neg top', neg.slice(0, 8).map((x) => x.toFixed(3)).join(' '), 'tau', tau.toFixed(3));
for (const t of [0.8, 0.85, 0.9, tau]) console.log('tau', t.toFixed(3), 'recall', (pos.filter((s) => s > t).length / n).toFixed(3), 'fpr', (neg.filter((s) => s > t).length / neg.length).toFixed(5));
posH.sort((a, b) => a - b); console.log('pos hash dist quantiles', [0.5, 0.9, 0.95, 0.98, 1].map((q) => posH[Math.min(n - 1, Math.floor(q * n))]).join(' '));
console.log('pos low scores', pos.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]).slice(0, 8).map(([s, i]) => `${i}:${s.toFixed(2)}`).join(' '));
const badp: [number, number, number][] = [];
for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) { const { d, bi, bj } = best(S[i]!, Q[j]!); if (d > TH) continue; const s = sw[bi]!, w = qw[bj]!; const sc = align(S[i]!.thumb, Q[j]!.thumb, { cx: w.cx, cy: w.cy, kx: w.wx / s.wx, ky: w.wy / s.wy, mirror: w.mirror }).score; if (sc > 0.9) badp.push([sc, i, j]); }
console.log(badp.sort((a, b) => b[0] - a[0]).map((x) => `${x[1]}-${x[2]}:${x[0].toFixed(3)}`).join(' '));
const flips = new Array(64).fill(0); let np = 0;
for (let i = 0; i < n; i++) { const { d, bi, bj } = best(S[i]!, Q[i]!); if (d > TH) continue; np++; const a = S[i]!.hashes[bi]!, b = Q[i]!.hashes[bj]!; for (let k = 0; k < 64; k++) { const x = k < 32 ? (a[0] ^ b[0]) >>> k & 1 : (a[1] ^ b[1]) >>> (k - 32) & 1; flips[k] += x; } }
console.log('FLIPS', flips.map((f, k) => `${k}:${(f / np).toFixed(2)}`).join(' '));
