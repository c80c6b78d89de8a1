// The committed OpenAPI document is what the frontend's typed client is generated from: it must be current.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { previewOpenApiDocument } from '../../src/openapi';

describe('OpenAPI document', () => {
  it('matches backend/openapi.json (regenerate with `npm run openapi -w backend`)', async () => {
    const doc = await previewOpenApiDocument();
    const committed = JSON.parse(readFileSync(path.join(__dirname, '../../openapi.json'), 'utf8'));
    expect(doc).toEqual(committed);
    // Signed-in routes carry the session cookie security scheme in the document.
    expect(doc.paths['/api/me'].get?.security).toEqual([{ session: [] }]);
  });
});
