/**
 * A sum or a share named in a text ("$200", "USD 300", "50 percent", "20k"): the lexicon's SUM, compiled once for the rules
 * and the grading that ask whether a message names money at all.
 */
import { asciiFirst } from './ascii-first';
import { SUM } from './lexicon';

export const NAMES_A_SUM = asciiFirst(new RegExp(SUM, 'iu'));
