/**
 * The words teams use for the same part of a design document. A document section and a template
 * section evidently stand for each other when both names are in one group: an older RFC's
 * "Decision" is the template's "Proposed design", its "Testing" the "Proof / validation strategy".
 * This is vocabulary, not a template: a group matters only where the team's template has one of its
 * names, and only when exactly one unmatched template section is in the group. `sectionAliases`
 * names whatever this table does not know. Names are compared as `sectionKey` gives them.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['context', 'background', 'motivation', 'problem', 'problem statement', 'context and problem statement'],
  ['proposed design', 'detailed design', 'design', 'design overview', 'design proposal', 'design principle', 'proposal', 'decision', 'decision outcome', 'solution', 'architecture', 'contract', 'approach', 'reference level explanation', 'transition path', 'internal detail', 'specification', 'proposed enhancement', 'implementation detail'],
  ['proof/validation strategy', 'proof', 'proof strategy', 'testing', 'test plan', 'test strategy', 'testing strategy', 'test and proof strategy', 'validation', 'verification'],
  ['security consideration', 'security', 'security and privacy', 'security and privacy consideration'],
  ['open question', 'unresolved question', 'unanswered question', 'resolved question', 'resolved open question', 'resolved decision', 'open issue', 'outstanding question', 'open item', 'open point', 'unknown'],
  [
    'alternative',
    'alternative considered',
    'rejected alternative',
    'considered option',
    'option considered',
    'rationale and alternative',
    // PowerShell's "Alternate Proposals and Considerations", written "Alternate Design Options" too; dapr's "Expectations and alternatives".
    'alternate proposal and consideration',
    'alternate proposal',
    'possible alternate proposal',
    'alternate design option',
    'alternative design',
    // Electron's RFC 0022 for the template's "Rationale and alternatives".
    'alternative design considered',
    'alternate design',
    'alternative approache',
    'alternate approache',
    'expectation and alternative',
  ],
  ['summary', 'abstract', 'introduction', 'summary of change'],
  ['prior art', 'related work', 'related work and issue', 'previous work'],
  ['implication on adoption', 'effect on api resilience', 'adoption strategy', 'plan for adoption'],
  ['source compatibility', 'impact on existing code', 'impact on existing package'],
  ['rationale', 'discussion', 'justification', 'design rationale'],
  ['implementation', 'deployment', 'rollout', 'rollout plan'],
  ['how we teach this', 'how do we teach this', 'guide level explanation', 'pedagogy', 'teaching', 'learning'],
  ['non goal', 'out of scope'],
  ['drawback', 'downside', 'disadvantage'],
  ['checklist', 'implementation checklist'],
  ['constraint', 'invariant', 'constraint/invariant', 'constraints and invariant'],
  ['failure model', 'failure mode', 'failure semantic', 'error model', 'error handling'],
  ['abi compatibility', 'abi stability', 'effect on abi stability', 'effect of abi stability', 'impact on abi stability'],
  ['future direction', 'future work', 'future possibility', 'future extension', 'possible future work', 'extension', 'possible extension', 'additional extension'],
];

const GROUP_OF: ReadonlyMap<string, number> = new Map(GROUPS.flatMap((names, i) => names.map((n) => [n, i] as const)));

/**
 * The vocabulary group of a section key, or undefined: of the whole name, else of its head before a
 * dash or colon ("Problem — why we keep debugging" is a Problem), else of its first `/` alternative
 * that has one ("Security / invariants" is a Security section, "Determinism / failure semantics" a
 * failure model).
 */
export function sectionGroup(key: string): number | undefined {
  const whole = GROUP_OF.get(key);
  if (whole !== undefined) return whole;
  const head = key.split(/\s+[\u2014\u2013:]\s*|:\s+/)[0].trim();
  const byHead = GROUP_OF.get(head);
  if (byHead !== undefined) return byHead;
  for (const alternative of head.split('/')) {
    const g = GROUP_OF.get(alternative.trim());
    if (g !== undefined) return g;
  }
  return undefined;
}

/** The groups, for documentation and tests. */
export const SECTION_VOCABULARY: readonly (readonly string[])[] = GROUPS;
