import { brokenLink } from './brokenLink';
import { duplicateSection } from './duplicateSection';
import { emptySection } from './emptySection';
import { missingSection } from './missingSection';
import { noTaskLink } from './noTaskLink';
import { phaseMarker } from './phaseMarker';
import { phaseNumbering } from './phaseNumbering';
import type { Rule } from './rule';
import { sectionOrder } from './sectionOrder';
import { statusPhaseMismatch } from './statusPhaseMismatch';
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
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
