/**
 * The result area's stylesheet for the custom element: src/ui/result-styles.ts in the embed build
 * (vite.embed.config.ts), so it is in the result area's chunk and reaches the shadow roots when the result area loads,
 * after the form (the form's stylesheet, app.css, is adopted at once: BenefitCalculator.svelte).
 */
import resultCss from '../ui/result.css?inline';
import { shadowCss } from './shadow-css';
import { addShadowStyles } from './shadow-sheets';

addShadowStyles('result', shadowCss(resultCss));
