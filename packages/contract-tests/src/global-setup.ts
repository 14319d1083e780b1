import { createContractSetup } from '@plextrac-ts/contract/vitest';

export default createContractSetup({ mock: true });
