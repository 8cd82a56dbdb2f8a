import type { NextSteps } from '../engine/next-steps';
import type { ContributionsResult } from './compute';

/** No official 办事指南 for this was found to cite (where to apply, what to bring): nothing is listed but the note saying so. */
export const nextSteps: NextSteps<ContributionsResult> = {
  steps: [],
  whatIf: [],
  unsourced: true,
};
