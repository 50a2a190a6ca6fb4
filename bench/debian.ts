/**
 * Benchmark data from Debian packages (nothing else is downloaded): `apt-get download` into a temporary
 * directory, each package unpacked with dpkg-deb, handed to `use`, removed afterwards. Needs apt-get (as root
 * or with download rights); runs `apt-get update` once if the package lists are missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function withDebianPackages<T>(packages: string[], use: (root: string) => Promise<T> | T): Promise<T> {
  const tmp = mkdtempSync(join(tmpdir(), 'rfr-debian-'));
  try {
    try {
      execFileSync('apt-get', ['download', ...packages], { cwd: tmp, stdio: 'ignore' });
    } catch {
      execFileSync('apt-get', ['update'], { stdio: 'ignore' });
      execFileSync('apt-get', ['download', ...packages], { cwd: tmp, stdio: 'ignore' });
    }
    const root = join(tmp, 'x');
    for (const deb of readdirSync(tmp).filter((f) => f.endsWith('.deb')))
      execFileSync('dpkg-deb', ['-x', join(tmp, deb), root]);
    return await use(root);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
