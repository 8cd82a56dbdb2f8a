/**
 * Entry of the embed script (npm run build:embed → dist-embed/sh-benefit-calculator.js): defines
 * <sh-benefit-calculator>. Loading the script twice is harmless.
 */
import BenefitCalculator from './BenefitCalculator.svelte';

const TAG = 'sh-benefit-calculator';
const element = (BenefitCalculator as unknown as { element?: CustomElementConstructor }).element;
if (element && typeof customElements !== 'undefined' && !customElements.get(TAG)) customElements.define(TAG, element);
