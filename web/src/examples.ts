/** Example study reports from examples/ (checklist 1.1), embedded at build time so "Load example" works offline. */
import underReported from '../../examples/under-reported-concentrated-cm.yaml';
import inVitroMicroglia from '../../examples/in-vitro-microglia.yaml';
import clinicalKneeOa from '../../examples/clinical-knee-oa.yaml';
import completeInVivoEv from '../../examples/complete-in-vivo-ev.yaml';
import multiArmThreeDoses from '../../examples/multi-arm-three-doses.yaml';

export interface Example {
  /** File name, shown in the report and used for downloads. */
  file: string;
  /** What the example shows, for the picker. */
  label: string;
  text: string;
}

export const EXAMPLES: readonly Example[] = [
  { file: 'under-reported-concentrated-cm.yaml', label: 'Under-reported in-vivo study (concentrated conditioned medium)', text: underReported },
  { file: 'in-vitro-microglia.yaml', label: 'In-vitro study, two preparations (whole medium vs EVs)', text: inVitroMicroglia },
  { file: 'clinical-knee-oa.yaml', label: 'Clinical trial, near-complete (lyophilised secretome)', text: clinicalKneeOa },
  { file: 'complete-in-vivo-ev.yaml', label: 'Complete in-vivo study (small EVs, one arm)', text: completeInVivoEv },
  { file: 'multi-arm-three-doses.yaml', label: 'Dose-response study, four arms (one volume missing)', text: multiArmThreeDoses },
];
