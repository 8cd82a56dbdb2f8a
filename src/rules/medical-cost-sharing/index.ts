import type { Calculator } from '../engine';
import { compute, type MedicalCostResult } from './compute';
import {
  EMPLOYEE_RULES_2025,
  employeeFigures,
  employeeMedicalYear,
  RESIDENT_2024,
  residentCap,
  residentInpatientDeductible,
  residentInpatientPatientShare,
  residentMedicalYear,
  residentOutpatientDeductible,
  residentOutpatientPatientShare,
} from './parameters';
import { fields, type MedicalInput, parse } from './schema';

export const medicalCostSharing: Calculator<MedicalInput, MedicalCostResult> = {
  id: 'medical-cost-sharing',
  fields,
  dateField: 'serviceDate',
  parse,
  compute,
  parameters: [
    residentMedicalYear,
    residentOutpatientDeductible,
    residentOutpatientPatientShare,
    residentInpatientDeductible,
    residentInpatientPatientShare,
    residentCap,
    employeeMedicalYear,
    employeeFigures,
  ],
  citations: [EMPLOYEE_RULES_2025, RESIDENT_2024],
  checkedOn: '2026-11-28',
  // S1 (2024): a 19–59 resident's first outpatient bill of the year at a 二级 hospital (fact sheet D1, plus 自费 and 分类自负).
  example: {
    serviceDate: '2024-05-10',
    scheme: 'resident',
    category: 'resident-19-59',
    setting: 'outpatient',
    hospitalLevel: '2',
    bill: { total: '1200', notCovered: '100', categoryBSelfPay: '100' },
    yearToDate: { deductiblePaid: '0', fundPaid: '0' },
  },
};

export type { MedicalCostResult, MedicalInput };
