import '@testing-library/jest-dom/vitest';

// The calculator page loads its result area apart from the form (after the form shows, or on the first submit). In a
// browser that is a few kB; here it is the first transform of a dozen components, which can outlast findBy's 1 s on a
// busy machine. Importing it once up front gives the page tests the conditions they had when it was part of the page.
await import('../src/ui/pages/CalculatorResult.svelte');
