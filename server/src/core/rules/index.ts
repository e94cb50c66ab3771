import { brokenLink } from './brokenLink';
import { duplicateSection } from './duplicateSection';
import { emptySection } from './emptySection';
import { missingSection } from './missingSection';
import { phaseMarker } from './phaseMarker';
import type { Rule } from './rule';
import { sectionOrder } from './sectionOrder';
import { titleFormat } from './titleFormat';

/** Every rule, in catalogue order. Adding a rule = one file + one line here (see CONTRIBUTING.md). */
export const RULES: readonly Rule[] = [
  titleFormat,
  missingSection,
  sectionOrder,
  duplicateSection,
  emptySection,
  phaseMarker,
  brokenLink,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
