import { type NextSteps, RSJ_HOTLINE } from '../engine/next-steps';
import type { PensionEstimateResult } from './compute';

export const nextSteps: NextSteps<PensionEstimateResult> = {
  steps: [{ key: 'hotline', source: RSJ_HOTLINE }],
  whatIf: [],
  unsourced: true,
};
