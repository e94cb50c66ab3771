import { brokenLink } from './brokenLink';
import { checklistOpen } from './checklistOpen';
import { dateFormat } from './dateFormat';
import { dateOrder } from './dateOrder';
import { duplicateId } from './duplicateId';
import { duplicateSection } from './duplicateSection';
import { emptySection } from './emptySection';
import { headerField } from './headerField';
import { idMismatch } from './idMismatch';
import { missingSection } from './missingSection';
import { mojibake } from './mojibake';
import { noTaskLink } from './noTaskLink';
import { ownerFormat } from './ownerFormat';
import { phaseMarker } from './phaseMarker';
import { phaseNumbering } from './phaseNumbering';
import { placeholder } from './placeholder';
import { proofAbsolutePath } from './proofAbsolutePath';
import { proofMissing } from './proofMissing';
import type { Rule } from './rule';
import { sectionOrder } from './sectionOrder';
import { securitySection } from './securitySection';
import { statusPhaseMismatch } from './statusPhaseMismatch';
import { statusValue } from './statusValue';
import { taskDependency } from './taskDependency';
import { taskFrontMatter } from './taskFrontMatter';
import { taskStatusMismatch } from './taskStatusMismatch';
import { taskStatusValue } from './taskStatusValue';
import { titleFormat } from './titleFormat';
import { unknownId } from './unknownId';

/** Every rule, in catalogue order. Adding a rule = one file + one line here (see CONTRIBUTING.md). */
export const RULES: readonly Rule[] = [
  titleFormat,
  idMismatch,
  duplicateId,
  headerField,
  statusValue,
  dateFormat,
  dateOrder,
  ownerFormat,
  placeholder,
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
  mojibake,
  securitySection,
  taskFrontMatter,
  taskStatusValue,
  taskDependency,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
