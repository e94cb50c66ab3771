import rfcTemplate from '../../../templates/rfc.md';
import taskTemplate from '../../../templates/task.md';

/** The templates shipped with RFC Author; a repository's own RFC template replaces the RFC one. */
export const BUILTIN_TEMPLATES: { readonly rfc: string; readonly task: string } = { rfc: rfcTemplate, task: taskTemplate };

export const BUILTIN_RFC_TEMPLATE_SOURCE = 'built-in templates/rfc.md';
