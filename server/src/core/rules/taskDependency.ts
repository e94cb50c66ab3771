import type { DocumentAnalysis } from '../analysis';
import { kindOfId } from '../ids';
import type { Rule } from './rule';
import { isDependency, taskId } from './taskHeader';

const KIND_NAME = { rfc: 'RFC', task: 'task', adr: 'ADR' } as const;

/**
 * Each task a task's `depends-on` names exists, and following `depends-on` from one task never
 * leads back to it: a cycle means none of its tasks can be done first. Only the template's
 * dependency key is read (a template without one gets no finding). Another task's dependencies
 * come from the index, so a cycle through a task the index has not read yet is not seen: the rule
 * says less rather than guess.
 */
export const taskDependency: Rule<'task-dependency'> = {
  id: 'task-dependency',
  defaultSeverity: 'warning',
  description: "A task's depends-on names existing tasks and forms no cycle.",
  crossDocument: true,
  kinds: ['task'],
  check(a, report) {
    const own = taskId(a);
    for (const ref of a.references) {
      if (!isDependency(a, ref)) continue;
      for (const id of ref.ids) {
        if (id === own) {
          report(ref.range, `${id} depends on itself; remove it from its own depends-on.`, { dependency: id, problem: 'self' });
          continue;
        }
        const kind = kindOfId(id);
        if (kind && ref.path === undefined && a.index.count(kind) > 0 && a.index.byId(id).length === 0) {
          report(ref.range, `${id} matches no ${KIND_NAME[kind]} in the workspace; create it or remove it from depends-on.`, { dependency: id, problem: 'missing' });
          continue;
        }
        const cycle = own ? pathBack(a, id, own) : undefined;
        if (cycle) {
          const around = [own, ...cycle].join(' → ');
          report(ref.range, `Depending on ${id} closes a cycle (${around}): none of these tasks can be done first; remove one of the dependencies.`, { dependency: id, problem: 'cycle', cycle: [own as string, ...cycle] });
        }
      }
    }
  },
};

/**
 * The ids from `start` along `depends-on` to `target` (both included), by breadth-first search
 * over the tasks the index has read; undefined when `target` cannot be reached.
 */
function pathBack(a: DocumentAnalysis, start: string, target: string): string[] | undefined {
  const previous = new Map<string, string | undefined>([[start, undefined]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const s of a.index.byId(id)) {
      if (s.kind !== 'task') continue;
      for (const next of s.dependsOn ?? []) {
        if (previous.has(next)) continue;
        previous.set(next, id);
        if (next === target) {
          const path: string[] = [];
          for (let at: string | undefined = next; at !== undefined; at = previous.get(at)) path.unshift(at);
          return path;
        }
        queue.push(next);
      }
    }
  }
  return undefined;
}
