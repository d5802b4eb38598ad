// custom-elements.json is generated from the JSDoc of the element classes and checked in.
export default {
  globs: ['src/elements/*/*.ts', 'src/shared/frisklivs-element.ts'],
  exclude: ['src/elements/*/styles.ts', 'src/elements/*/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
};
