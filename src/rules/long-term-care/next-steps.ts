import type { NextSteps } from '../engine/next-steps';
import type { LongTermCareResult } from './compute';

/** No official 办事指南 for the assessment application was found: nothing is listed but the note saying so. */
export const nextSteps: NextSteps<LongTermCareResult> = {
  steps: [],
  // The claim conditions (CLAIM_CONDITIONS): employees must have gone through the formalities for drawing the pension.
  whatIf: [{ reason: 'pension-not-drawn', set: { drawingPension: 'true' } }],
  unsourced: true,
};
