/** The summary card's figures: declared with the batch's readable columns, per calculator, in src/lib/key-figures. */
export { summaries } from '../../lib/key-figures';
export type { Summary, SummaryLine, SummaryContext, SummaryDeclaration } from '../../lib/key-figures/types';
