import type { MedicalCostResult } from '../../rules/medical-cost-sharing';
import { money } from '../format';
import type { SummaryDeclaration, SummaryLine } from './types';

/** 医保基金支付 X 元 · 个人账户 Y 元 · 现金自付 Z 元 (a resident result has no account line). */
export const summary: SummaryDeclaration<MedicalCostResult> = (r) => {
  if (!r.covered || r.fundPays === null || r.patientPays === null) return { tone: 'warning', lines: [{ key: 'summary.notCovered' }] };
  const lines: SummaryLine[] = [{ key: 'summary.fund', values: { amount: money(r.fundPays) } }];
  if (r.scheme === 'employee' && r.accountPays !== null) lines.push({ key: 'summary.account', values: { amount: money(r.accountPays) } });
  lines.push({ key: 'summary.cash', values: { amount: money(r.patientPays) } });
  return { tone: 'result', lines };
};
