/**
 * A content loader for a folder of YAML files, so that several editors can add entries
 * without touching the same file. Each file holds a list of entries with an `id`, or a map
 * from id to entry. Files starting with `_` are drafts and are skipped. Every entry keeps the
 * file it came from, so schema and integrity errors name that file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';

interface Options {
  /** Prefix each id with the file's name: `pay.yaml` key `bls-median` becomes `pay/bls-median`. */
  prefixWithFile?: boolean;
}

export function yamlFolder(folder: string, { prefixWithFile = false }: Options = {}): Loader {
  return {
    name: 'yaml-folder',
    load: async ({ store, parseData, config, generateDigest, watcher }) => {
      const dir = new URL(folder.replace(/\/?$/, '/'), config.root);
      const root = fileURLToPath(config.root);
      const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_')).sort();
      const seen = new Map<string, string>();
      store.clear();
      for (const name of files) {
        const filePath = relative(root, fileURLToPath(new URL(name, dir)));
        const doc: unknown = parse(await readFile(new URL(name, dir), 'utf8'));
        const items: [string, unknown][] = Array.isArray(doc)
          ? doc.map((item, i) => [String((item as { id?: unknown })?.id ?? `#${i + 1}`), item])
          : doc && typeof doc === 'object'
            ? Object.entries(doc)
            : [];
        if (items.length === 0) throw new Error(`${filePath}: expected a list of entries or a map of id to entry`);
        for (const [key, raw] of items) {
          const id = prefixWithFile ? `${name.replace(/\.ya?ml$/, '')}/${key}` : key;
          const earlier = seen.get(id);
          if (earlier) throw new Error(`${filePath}: id "${id}" is already used in ${earlier}`);
          seen.set(id, filePath);
          const data = await parseData({ id, data: raw as Record<string, unknown>, filePath });
          store.set({ id, data, filePath, digest: generateDigest(data) });
        }
      }
      watcher?.add(fileURLToPath(dir));
    },
  };
}
