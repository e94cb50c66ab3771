import { brokenLink } from './brokenLink';
import { checklistOpen } from './checklistOpen';
import { duplicateSection } from './duplicateSection';
import { emptySection } from './emptySection';
import { missingSection } from './missingSection';
import { noTaskLink } from './noTaskLink';
import { phaseMarker } from './phaseMarker';
import { phaseNumbering } from './phaseNumbering';
import { proofAbsolutePath } from './proofAbsolutePath';
import { proofMissing } from './proofMissing';
import type { Rule } from './rule';
import { sectionOrder } from './sectionOrder';
import { securitySection } from './securitySection';
import { statusPhaseMismatch } from './statusPhaseMismatch';
import { taskStatusMismatch } from './taskStatusMismatch';
import { titleFormat } from './titleFormat';
import { unknownId } from './unknownId';

/** Every rule, in catalogue order. Adding a rule = one file + one line here (see CONTRIBUTING.md). */
export const RULES: readonly Rule[] = [
  titleFormat,
  missingSection,
  sectionOrder,
  duplicateSection,
  emptySection,
  phaseMarker,
  phaseNumbering,
  statusPhaseMismatch,
  noTaskLink,
  brokenLink,
  unknownId,
  taskStatusMismatch,
  checklistOpen,
  proofMissing,
  proofAbsolutePath,
  securitySection,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
