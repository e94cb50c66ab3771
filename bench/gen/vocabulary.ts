/**
 * Words the generated documents are made of. The built-in template comes from an operating-system
 * project (cargo, QEMU, markers), so the prose talks about one: the text then has the density of
 * inline code, emphasis and identifiers that real RFCs of that kind have.
 */

export const TITLE_ADJECTIVES = [
  'Deterministic', 'Capability-based', 'Bounded', 'Zero-copy', 'Versioned', 'Lock-free', 'Incremental',
  'Authenticated', 'Hierarchical', 'Persistent', 'Asynchronous', 'Stable', 'Sandboxed', 'Portable',
  'Observable', 'Crash-safe', 'Typed', 'Tiered', 'Lazy', 'Batched',
] as const;

export const TITLE_SUBJECTS = [
  'IPC transport', 'boot markers', 'scheduler hooks', 'page allocator', 'virtio-net driver', 'block cache',
  'service registry', 'capability table', 'syscall ABI', 'log pipeline', 'timer wheel', 'device tree',
  'package store', 'update channel', 'crash reporter', 'shell builtins', 'config store', 'audit trail',
  'network stack', 'memory quotas', 'signal delivery', 'file watcher', 'secure boot chain', 'trace buffer',
  'power states', 'input router', 'font cache', 'process spawner', 'keyring', 'time sync',
] as const;

export const TITLE_SUFFIXES = [
  '', '', '', ' v2', ' and recovery', ' for bring-up', ' hardening', ' migration', ' contract',
  ' under load', ' (phase gates)', ' rollout',
] as const;

export const TEAMS = ['@kernel-team', '@runtime', '@tools-team', '@net', '@storage', '@security', '@platform'] as const;

export const PEOPLE = [
  '@alice', '@bob', '@chen', '@dmitri', '@esra', '@fatima', '@gustav', '@hana', '@ivan', '@jun',
  '@kemal', '@lena', '@marta', '@noor', '@oskar', '@priya', '@quinn', '@rafael', '@sven', '@tomasz',
] as const;

export const COMPONENTS = [
  'the kernel', 'the init process', 'the service manager', 'the loader', 'the driver host', 'the VFS layer',
  'the scheduler', 'the IPC broker', 'the capability server', 'the page cache', 'the network stack',
  'the update agent', 'the shell', 'the logger', 'the supervisor', 'the test harness', 'the QEMU runner',
] as const;

export const VERBS = [
  'validates', 'rejects', 'records', 'forwards', 'batches', 'retries', 'bounds', 'authenticates',
  'serialises', 'checkpoints', 'exposes', 'revokes', 'replays', 'drains', 'pins', 'schedules', 'maps',
] as const;

export const OBJECTS = [
  'every request', 'the handle table', 'the ring buffer', 'each capability', 'the boot log', 'stale entries',
  'the wire format', 'the error path', 'queued messages', 'the page tables', 'the retry budget',
  'the audit record', 'the marker stream', 'the quota counters', 'outstanding grants', 'the manifest',
] as const;

export const CONDITIONS = [
  'before the first context switch', 'when the queue is full', 'under memory pressure', 'after a warm reboot',
  'while the supervisor restarts', 'on every boot', 'once the handshake completes', 'when a peer disappears',
  'if the checksum does not match', 'within the proof budget', 'before the marker is emitted',
  'when the capability is revoked', 'across a version bump', 'in bring-up mode',
] as const;

export const CONNECTIVES = [
  'Because of this,', 'In practice,', 'As a consequence,', 'For now,', 'Today,', 'In bring-up mode,',
  'On the host,', 'Under QEMU,', 'By contrast,', 'To keep the proof honest,', 'Historically,',
] as const;

export const CODE_WORDS = [
  '`ipc::Channel`', '`CapTable::grant`', '`KERNEL_READY`', '`just test-os`', '`cargo nextest`', '`RUN_UNTIL_MARKER=1`',
  '`Result<Handle, Errno>`', '`EAGAIN`', '`u64`', '`#[repr(C)]`', '`virtio_net::Queue`', '`sched::yield_now()`',
  '`PageFrame`', '`audit::emit`', '`--features strict`', '`OsError::Busy`', '`MAX_INFLIGHT`', '`boot.cfg`',
] as const;

export const CRATES = ['kernel', 'ipc', 'sched', 'vfs', 'netstack', 'virtio-net', 'caps', 'audit', 'loader', 'svcmgr', 'blkcache', 'timers'] as const;

export const SECTION_EXTRAS = [
  'Data model', 'Wire format', 'Error model', 'Lifecycle', 'Concurrency', 'Memory budget', 'Observability',
  'Migration', 'Compatibility', 'Configuration', 'Testing hooks', 'Rollout', 'Performance budget',
  'Recovery', 'Interfaces to other RFCs', 'Open design notes',
] as const;

export const PHASE_NAMES = [
  'contract', 'hardening', 'scale', 'bring-up', 'proof gates', 'perf', 'rollout', 'cleanup', 'ABI freeze',
] as const;

/** Typography a naive mojibake detector mistakes for damage: German quotes, dashes, ellipses. */
export const TYPOGRAPHY = [
  '„Fail-fast“ ist hier Absicht.', 'The “honest green” rule applies — always.', 'See the notes… later.',
  'Größe und Übergänge bleiben gleich.', '½ of the budget goes to retries.',
] as const;
