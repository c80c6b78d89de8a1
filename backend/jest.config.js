// Jest runs the TypeScript through @swc/jest, and also the ESM-only packages in node_modules (Nest 12 and
// friends), which CommonJS Jest cannot load otherwise. The list of ESM packages is read from node_modules,
// because a hand-kept list misses nested ones.
const fs = require('node:fs');
const path = require('node:path');

function esmPackages(dir, out = new Set()) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (!e.isDirectory() && !e.isSymbolicLink()) continue;
    if (e.name.startsWith('@')) {
      for (const s of fs.readdirSync(path.join(dir, e.name)))
        check(path.join(dir, e.name, s), `${e.name}/${s}`, out);
    } else if (!e.name.startsWith('.')) {
      check(path.join(dir, e.name), e.name, out);
    }
  }
  return out;
}

function check(pkgDir, name, out) {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
    if (pkg.type === 'module') out.add(name);
  } catch {
    // not a package
  }
  esmPackages(path.join(pkgDir, 'node_modules'), out);
}

const esm = [
  ...esmPackages(
    path.join(__dirname, '..', 'node_modules'),
    esmPackages(path.join(__dirname, 'node_modules')),
  ),
];
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  transform: { '^.+\\.(ts|js|mjs|cjs)$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esm.map(escapeRegex).join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
