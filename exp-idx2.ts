import sharp from 'sharp'; import fs from 'node:fs';
import { toGray, GRID } from './lib/photo/gray';
import { windowHash, storedWindows, queryWindows } from './lib/photo/hash';
import { PhotoIndex } from './lib/photo/index';
let seed = 3; const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const files = fs.readdirSync('/tmp/exp/orig').sort().map((f) => '/tmp/exp/orig/' + f);
const grays = [] as ReturnType<typeof toGray>[];
for (const f of files.slice(0, 30)) { const { data, info } = await sharp(f).ensureAlpha().raw().toBuffer({ resolveWithObject: true }); grays.push(toGray(data, info.width, info.height)); }
function blobs() { const g = new Float32Array(GRID * GRID).fill(128); for (let b = 0; b < 12; b++) { const x = rnd() * GRID, y = rnd() * GRID, r = 4 + rnd() * 20, a = (rnd() - 0.5) * 200; for (let j = 0; j < GRID; j++) for (let i = 0; i < GRID; i++) g[j * GRID + i] += a * Math.exp(-((i - x) ** 2 + (j - y) ** 2) / (2 * r * r)); } return g; }
const idx = new PhotoIndex<number>(); const sw = storedWindows();
const t0 = performance.now(); const N = Number(process.env.N ?? 100000);
const mode = process.env.MODE ?? 'blobs';
for (let i = 0; i < N; i++) { if (mode === 'random') idx.add(i, sw.map(() => [(rnd() * 2 ** 32) >>> 0, (rnd() * 2 ** 31) >>> 0] as const)); else { const g = blobs(); idx.add(i, sw.map((s) => windowHash(g, s))); } }
grays.forEach((g, i) => idx.add(-1 - i, sw.map((s) => windowHash(g, s))));
console.log('build s', ((performance.now() - t0) / 1000).toFixed(1));
const qw = queryWindows(); const times: number[] = [], lin: number[] = []; let hits = 0;
for (let i = 0; i < 30; i++) { const q = qw.map((w) => windowHash(grays[i]!, w)); let t = performance.now(); const h = idx.query(q, Number(process.env.MD ?? 15)); hits += h.length; times.push(performance.now() - t); if (i < 5) { t = performance.now(); const l = idx.linearScan(q, Number(process.env.MD ?? 15)); lin.push(performance.now() - t); if (l.length !== h.length) console.log('MISMATCH', l.length, h.length); } }
times.sort((a, b) => a - b); console.log(mode, 'query median ms', times[15]!.toFixed(2), 'linear', lin.map((x) => x.toFixed(0)).join(' '), 'hits/query', hits / 30);
