import { zipSync } from 'fflate';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository's tenant-config folder. */
export const TENANT_CONFIG_DIR = join(import.meta.dirname, '..', '..', '..', 'tenant-config');

/**
 * Zips tenant-config/<code> the way an administrator would (the folder itself at the top of the archive), in
 * memory, for the onboarding page's file input.
 */
export function zipTenantFolder(code: string): Buffer {
  const root = join(TENANT_CONFIG_DIR, code);
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[`${code}/${relative(root, path).split('\\').join('/')}`] = readFileSync(path);
    }
  };
  walk(root);
  return Buffer.from(zipSync(files));
}
