/** zxcvbn-ts with a trimmed dictionary: imported only by the strength meter on /password. */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs } from '@zxcvbn-ts/language-common';
import { translations } from '@zxcvbn-ts/language-en';
import { DICTIONARY } from './data/dictionary.ts';

const zxcvbn = new ZxcvbnFactory({ dictionary: DICTIONARY, graphs: adjacencyGraphs, translations });

/** 0 (very weak) … 4 (very strong); `userInputs` (name, email) count as guessable. */
export function passwordScore(password: string, userInputs: string[]): 0 | 1 | 2 | 3 | 4 {
  return zxcvbn.check(password, userInputs).score;
}
