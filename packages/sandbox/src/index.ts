export { createManualClock, createSystemClock, type SandboxClock } from './clock.js';
export { createSandbox } from './create-sandbox.js';
export type {
  Fault,
  FaultMatcher,
  FaultOptions,
  FaultRequest,
  FaultRule,
  SandboxFaults,
} from './faults.js';
export type { SandboxStats } from './stats.js';
export { demoSeed, type SandboxSeed, type SeedClient, type SeedReport } from './store/seed.js';
export type { Sandbox, SandboxOptions } from './types.js';
export { type AuthProvider, demoUsers, type SandboxUser, type SandboxUserInput } from './users.js';
