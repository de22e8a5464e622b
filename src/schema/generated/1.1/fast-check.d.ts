// GENERATED from schemas/study-report-1.1.schema.json by scripts/generate.ts. Do not edit: run "npm run generate".
/** Whether the document has no structural problem: what `validateStructure` would answer with no issue. */
export declare function isValidDocument(document: unknown): boolean;
