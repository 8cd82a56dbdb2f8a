/**
 * The result area's stylesheet, result.css. In the app and the iframe route it is already in the page's stylesheet
 * (src/ui/styles.ts, imported by main.ts and src/embed/frame.ts), so this module is empty. The custom element's build replaces it with
 * src/embed/result-styles.ts (vite.embed.config.ts), which adds result.css to the element's shadow roots when the
 * result area (src/ui/pages/CalculatorResult.svelte, which imports this module) loads: the form's first download
 * carries the form's styles only.
 */
export {};
