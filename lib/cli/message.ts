/** `radar message`: proposal or chat text → findings and a risk level (the same rules as the extension). */
export { analyzeMessage as scanMessage } from '../analyze';
