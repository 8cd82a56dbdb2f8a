import type { Calculator } from '../engine';
import { compute, type MedicalCostResult } from './compute';
import {
  EMPLOYEE_CAP_READING,
  EMPLOYEE_MY2023,
  EMPLOYEE_RULES_2025,
  EMPLOYEE_SETTLEMENT_ORDER,
  employeeAboveCapShare,
  employeeCap,
  employeeInpatientDeductible,
  employeeInpatientFundShare,
  employeeMedicalYear,
  employeeOutpatientDeductible,
  employeeOutpatientFundShare,
  RESIDENT_2024,
  RESIDENT_2025,
  RESIDENT_RULES_WORDING,
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
    employeeOutpatientDeductible,
    employeeOutpatientFundShare,
    employeeInpatientDeductible,
    employeeInpatientFundShare,
    employeeCap,
    employeeAboveCapShare,
  ],
  citations: [EMPLOYEE_RULES_2025, EMPLOYEE_MY2023, EMPLOYEE_SETTLEMENT_ORDER, EMPLOYEE_CAP_READING, RESIDENT_2024, RESIDENT_2025, RESIDENT_RULES_WORDING],
  checkedOn: '2026-12-02',
  // An office worker's outpatient bill of 1,800 元 at a 三级 hospital in the current medical year (MY2026-27: the
  // MY2025-26 figures carried forward): 500 自负段, then 1300 × 70% = 910 from the fund.
  example: {
    serviceDate: '2026-11-20',
    scheme: 'employee',
    category: 'in-service',
    setting: 'outpatient',
    hospitalLevel: '3',
    bill: { total: '1800' },
    accounts: { currentYear: '0', previousYears: '0' },
  },
};

export type { MedicalCostResult, MedicalInput };
