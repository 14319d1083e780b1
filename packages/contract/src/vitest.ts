export {
  type ContractSetupOptions,
  createContractSetup,
} from './create-contract-setup.js';
