/**
 * Writes data/word-tables.json from compromise's lexicon (see src/text/word-tables.ts), at install time
 * (`prepare`), so that answering never loads compromise. It takes well under a second, so it always runs.
 */

import { mkdirSync } from "node:fs";
import { REPORTING_VERBS } from "../src/attribution/reporting-verbs.ts";
import { DATA_DIR, WORD_TABLES_FILE } from "../src/lexicon/files.ts";
import { deriveWordTables } from "../src/text/word-tables.ts";
import { writeAtomically } from "./write-atomically.ts";

mkdirSync(DATA_DIR, { recursive: true });
const tables = deriveWordTables(REPORTING_VERBS);
writeAtomically(WORD_TABLES_FILE, JSON.stringify(tables));
const counts = [
  `${Object.keys(tables.tags).length} words`,
  `${Object.keys(tables.irregular).length} irregular forms`,
  `${Object.keys(tables.demonyms).length} demonyms`,
  `${REPORTING_VERBS.length} verbs`,
];
console.log(`word tables: ${counts.join(", ")} → ${WORD_TABLES_FILE}`);
