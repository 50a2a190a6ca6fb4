/**
 * Angular's transfer state (Freelancer.com's `<script id="webapp-state">`) is JSON with HTML-sensitive
 * characters escaped as `&q;` `&s;` `&l;` `&g;` `&a;` (seen 2021-12).
 */
export const unescapeTransferState = (s: string) =>
  s.replace(/&q;/g, '"').replace(/&s;/g, "'").replace(/&l;/g, '<').replace(/&g;/g, '>').replace(/&a;/g, '&');

export const escapeTransferState = (s: string) =>
  s.replace(/&/g, '&a;').replace(/"/g, '&q;').replace(/'/g, '&s;').replace(/</g, '&l;').replace(/>/g, '&g;');
