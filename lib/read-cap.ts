/**
 * The most of one message that is read, in UTF-16 code units: the rules (lib/analyze.ts analyzeMessage, and again after
 * cleaning in lib/text/message.ts), the content script's message reader (lib/content/message-text.ts), the worker's
 * check-text message (lib/messages.ts) and the CLI's `radar message` (lib/cli/message-input.ts). One number, here.
 */
export const MAX_READ = 200_000;
