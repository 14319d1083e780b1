import { createContractSetup } from '@plextrac-ts/contract/vitest';

// One sandbox behind `prism proxy --errors` for the whole run, stopped (and checked) after.
export default createContractSetup({ sandbox: true });
