/**
 * The parts of the roadmap island that show a plan, loaded when the island starts rather than
 * with the page's first script: the page's start-up JavaScript stays within its budget, and the
 * static example plan stands in until they arrive (with the steps, which are fetched too).
 */
export { PlanView } from './PlanView.tsx';
export { SharePanel } from './SharePanel.tsx';
