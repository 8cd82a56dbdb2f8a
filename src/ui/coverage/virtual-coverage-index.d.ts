/** Built by vite.config.ts from src/ui/coverage/coverage-index.ts (see there). */
declare module 'virtual:coverage-index' {
  const index: import('./coverage-index').CoverageIndex;
  export default index;
}
