// custom-elements.json and the typings in types/ are generated from the JSDoc of the element classes
// (`npm run manifest`; `npm run manifest:check` fails when a checked-in file is stale).
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expandTypesPlugin, getTsProgram } from 'cem-plugin-expanded-types';
import { typingsPlugin } from './scripts/cem-typings.mjs';

const globs = ['src/elements/*/*.ts', 'src/shared/frisklivs-element.ts'];
const exclude = ['src/elements/*/styles.ts', 'src/elements/*/define.ts'];
// The same files as a list (Node 20 has no fs.globSync).
const files = [
  ...readdirSync('src/elements')
    .filter((name) => existsSync(`src/elements/${name}/define.ts`))
    .flatMap((name) => readdirSync(`src/elements/${name}`).map((file) => `src/elements/${name}/${file}`))
    .filter((file) => file.endsWith('.ts') && !/\/(styles|define)\.ts$/.test(file)),
  'src/shared/frisklivs-element.ts',
].map((file) => resolve(file));

/** The analyzer's TypeScript and program (our typings plugin resolves the types event details name). */
let analyzed;

export default {
  globs,
  exclude,
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
  // The expanded-types plugin needs a type checker: the analyzer reads the same files from one program.
  overrideModuleCreation: ({ ts }) => {
    analyzed = { ts, program: getTsProgram(ts, files, 'tsconfig.json') };
    return analyzed.program
      .getSourceFiles()
      .filter((sourceFile) => files.includes(sourceFile.fileName))
      .sort((a, b) => a.fileName.localeCompare(b.fileName));
  },
  // expandedType: string-literal unions behind type aliases (`FrisklivskortLayout` → 'card' | …), for the
  // editor data and the docs site; then types/ (scripts/cem-typings.mjs).
  plugins: [expandTypesPlugin({ hideLogs: true }), typingsPlugin({ outdir: 'types', analyzed: () => analyzed })],
};
