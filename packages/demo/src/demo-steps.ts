import type { DemoStep } from './demo-context.js';
import { checkHealthStep } from './steps/check-health-step.js';
import { cleanUpStep } from './steps/clean-up-step.js';
import { concurrentReadsStep } from './steps/concurrent-reads-step.js';
import { createClientStep } from './steps/create-client-step.js';
import { createFindingsStep } from './steps/create-findings-step.js';
import { createReportStep } from './steps/create-report-step.js';
import { downloadExportStep } from './steps/download-export-step.js';
import { forced401Step } from './steps/forced-401-step.js';
import { listClientsStep } from './steps/list-clients-step.js';
import { logInStep } from './steps/log-in-step.js';
import { pageFindingsStep } from './steps/page-findings-step.js';
import { uploadFileStep } from './steps/upload-file-step.js';

/** The script, in order. The clean-up step runs only where the demo wrote to a real instance. */
export function demoSteps(mode: 'sandbox' | 'instance', write: boolean): DemoStep[] {
  return [
    checkHealthStep,
    logInStep,
    listClientsStep,
    createClientStep,
    createReportStep,
    createFindingsStep,
    pageFindingsStep,
    concurrentReadsStep,
    forced401Step,
    downloadExportStep,
    uploadFileStep,
    ...(mode === 'instance' && write ? [cleanUpStep] : []),
  ];
}
