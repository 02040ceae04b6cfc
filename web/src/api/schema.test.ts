import { readFileSync } from 'node:fs';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

// The dashboard's API types are generated from the committed document, which the integration tests keep equal to
// the one the app serves (OpenApiSnapshotTests). This closes the chain: types that differ from what the document
// yields fail here, as `npm run api:check` does, so a contract change cannot reach the dashboard unnoticed.

const documentFile = new URL('../../../docs/openapi.json', import.meta.url);
const typesFile = new URL('./schema.d.ts', import.meta.url);

/** What `openapi-typescript ../docs/openapi.json -o src/api/schema.d.ts` (npm run api:types) writes. */
async function generate(): Promise<string> {
  return COMMENT_HEADER + astToString(await openapiTS(documentFile, { silent: true }));
}

function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  const index = left.findIndex((line, i) => line !== right[i]);
  return (index === -1 ? Math.min(left.length, right.length) : index) + 1;
}

describe('src/api/schema.d.ts', () => {
  it('is what docs/openapi.json yields', async () => {
    const generated = await generate();
    const committed = readFileSync(typesFile, 'utf8');
    const advice = `src/api/schema.d.ts differs from what docs/openapi.json yields (from line ${firstDifferentLine(committed, generated)}): run \`npm run api:types\` in web/ and commit the result`;
    expect(committed === generated, advice).toBe(true);
  });
});
