import { missingPrerequisite } from '../../scripts/chromium';

// Browser tests are required: without Chromium or a build they fail, with the way to fix it.
export default function setup(): void {
  const problem = missingPrerequisite();
  if (problem) throw new Error(problem);
}
