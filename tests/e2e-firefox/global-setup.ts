import { missingFirefoxPrerequisite } from '../../scripts/firefox';

// Firefox tests are required: without Firefox or the Firefox build they fail, with the way to fix it.
export default function setup(): void {
  const problem = missingFirefoxPrerequisite();
  if (problem) throw new Error(problem);
}
