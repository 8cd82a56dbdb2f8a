import type { NextSteps } from '../engine/next-steps';
import type { MedicalCostResult } from './compute';

/** No official guide to where a bill is settled or checked was found: nothing is listed but the note saying so. */
export const nextSteps: NextSteps<MedicalCostResult> = {
  steps: [],
  whatIf: [],
  unsourced: true,
};
