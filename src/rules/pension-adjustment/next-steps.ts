import { type NextSteps, RSJ_HOTLINE } from '../engine/next-steps';
import type { PensionAdjustmentResult } from './compute';

export const nextSteps: NextSteps<PensionAdjustmentResult> = {
  steps: [{ key: 'hotline', source: RSJ_HOTLINE }],
  whatIf: [],
  unsourced: true,
};
