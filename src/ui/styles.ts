/**
 * The app's stylesheets, in cascade order: result.css may override app.css, pages.css either (never the other way
 * round). One module for the app (main.ts) and the iframe route (src/embed/frame.ts), so both get one CSS file, as
 * before the split. The custom element takes app.css and result.css apart (src/embed/BenefitCalculator.svelte,
 * src/embed/result-styles.ts); pages.css is never in it.
 */
import './app.css';
import './result.css';
import './pages.css';
