export { assertServersStopped } from './assert-servers-stopped.js';
export { bundledSpecPath } from './bundled-spec-path.js';
export { ContractViolationError } from './contract-violation-error.js';
export {
  type CollectedViolations,
  createViolationCollector,
  type ViolationCollector,
} from './create-violation-collector.js';
export { type ExpectNoViolationsOptions, expectNoViolations } from './expect-no-violations.js';
export { findFreePort } from './find-free-port.js';
export { parseViolationHeader } from './parse-violation-header.js';
export { type ReadViolationsOptions, readViolations } from './read-violations.js';
export { resolvePrismBin } from './resolve-prism-bin.js';
export {
  LEDGER_ENV,
  listRunningServers,
  type RunningServer,
  type ServerKind,
} from './server-registry.js';
export { type MockOptions, startMock } from './start-mock.js';
export type { PrismOptions, PrismServer } from './start-prism.js';
export { type ProxyOptions, startProxy } from './start-proxy.js';
export {
  type Sandbox,
  type SandboxOptions,
  type SandboxServer,
  type StartSandboxOptions,
  startSandbox,
} from './start-sandbox.js';
export type { Violation } from './violation.js';
