/**
 * Checks that content agrees with itself once every collection is loaded: each reference
 * points at an entry that exists, and each fact's confidence matches the kind of source it
 * cites. Problems name the file and the field, so an editor knows where to look.
 */
import { isRefTo, walk, type Confidence } from './facts.ts';

export interface LoadedEntry {
  collection: string;
  id: string;
  /** The file the entry came from, relative to the project. */
  filePath?: string | undefined;
  data: unknown;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Which source kinds each confidence may cite; unconfirmed may cite anything. */
const KIND_FOR_CONFIDENCE: Partial<Record<Confidence, string>> = {
  issuer: 'issuer',
  government: 'government',
  'third-party': 'third-party',
};

function fieldPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** Every problem found across the loaded entries; an empty list means the content is consistent. */
export function checkEntries(entries: LoadedEntry[]): Problem[] {
  const ids = new Map<string, Set<string>>();
  const sourceKind = new Map<string, string>();
  for (const e of entries) {
    if (!ids.has(e.collection)) ids.set(e.collection, new Set());
    ids.get(e.collection)!.add(e.id);
    if (e.collection === 'sources') sourceKind.set(e.id, String((e.data as { kind?: unknown }).kind));
  }

  const problems: Problem[] = [];
  for (const e of entries) {
    const file = e.filePath ?? `${e.collection}/${e.id}`;
    walk(e.data, (node, path) => {
      if (isRefTo(node)) {
        if (!ids.get(node.collection)?.has(node.id)) {
          problems.push({
            file,
            field: fieldPath(path),
            message: `"${node.id}" is not an entry of ${node.collection}${hintFor(node.collection)}`,
          });
        }
        return;
      }
      if (!isFactNode(node)) return;
      const expected = KIND_FOR_CONFIDENCE[node.confidence];
      const actual = sourceKind.get(node.source.id);
      if (expected !== undefined && actual !== undefined && actual !== expected) {
        problems.push({
          file,
          field: fieldPath([...path, 'confidence']),
          message: `confidence is "${node.confidence}" but source "${node.source.id}" is a ${actual} source`,
        });
      }
    });
  }
  return problems;
}

function isFactNode(node: unknown): node is { kind: 'fact'; confidence: Confidence; source: { id: string } } {
  if (typeof node !== 'object' || node === null) return false;
  const n = node as Record<string, unknown>;
  return n['kind'] === 'fact' && typeof n['confidence'] === 'string' && isRefTo(n['source']);
}

function hintFor(collection: string): string {
  const where: Record<string, string> = {
    sources: ' (content/sources/)',
    issuers: ' (content/issuers.yaml)',
    credentials: ' (content/credentials/)',
  };
  return where[collection] ?? '';
}

/** One message for a failed build, listing every problem. */
export function formatProblems(problems: Problem[]): string {
  const lines = problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`);
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}
