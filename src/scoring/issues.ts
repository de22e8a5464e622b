/** Structural issues by place: which lie at or below a pointer. */
import type { StructuralIssue } from '../schema/validate-structure.js';

const issueIndexes = new WeakMap<StructuralIssue[], Map<string, StructuralIssue[]>>();

/**
 * The issues at or below a pointer. Indexed once per document under every ancestor pointer, so a document
 * with many units and many issues costs a lookup per unit rather than a scan of every issue.
 */
export function issuesWithin(issues: StructuralIssue[], pointer: string): StructuralIssue[] {
  let index = issueIndexes.get(issues);
  if (!index) {
    index = new Map();
    for (const issue of issues) {
      // Segments escape "/" as "~1", so every "/" separates two segments.
      for (let at = issue.pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
        const list = index.get(at);
        if (list) list.push(issue);
        else index.set(at, [issue]);
        if (at === '') break;
      }
    }
    issueIndexes.set(issues, index);
  }
  return [...(index.get(pointer) ?? [])];
}
