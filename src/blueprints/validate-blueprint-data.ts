// Checks a blueprint's data files against their schemas and each other, collecting every problem with its file and path.
import type { Blueprint, DataIssue } from './types.ts';

const maxIssuesPerFile = 200;

/** The JSON path of a zod issue inside a file that is an array of records: `[12].variants[0].price`. */
function issuePath(index: number, path: readonly PropertyKey[]): string {
  return `[${index}]${path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('')}`;
}

/**
 * @example
 * const { records, issues } = validateBlueprintData(energyStoreBlueprint, { 'products.json': [...], ... });
 */
export function validateBlueprintData(
  blueprint: Blueprint,
  files: Record<string, unknown>,
): { records: Record<string, unknown[]>; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const records: Record<string, unknown[]> = {};
  for (const dataFile of blueprint.dataFiles) {
    const content = files[dataFile.file];
    if (content === undefined) {
      issues.push({ file: dataFile.file, path: '', message: 'the file is missing' });
      continue;
    }
    if (!Array.isArray(content)) {
      issues.push({ file: dataFile.file, path: '', message: 'expected a JSON array of records' });
      continue;
    }
    const valid: unknown[] = [];
    let fileIssues = 0;
    content.forEach((record, index) => {
      const parsed = dataFile.schema.safeParse(record);
      if (parsed.success) return void valid.push(parsed.data);
      for (const issue of parsed.error.issues) {
        fileIssues += 1;
        if (fileIssues <= maxIssuesPerFile)
          issues.push({ file: dataFile.file, path: issuePath(index, issue.path), message: issue.message });
      }
    });
    if (fileIssues > maxIssuesPerFile)
      issues.push({ file: dataFile.file, path: '', message: `${fileIssues - maxIssuesPerFile} more problems not listed` });
    records[dataFile.file] = valid;
  }
  if (issues.length === 0) issues.push(...blueprint.crossCheck(records));
  return { records, issues };
}
