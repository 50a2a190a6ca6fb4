/** Every rule, registered here and nowhere else (tests/conventions.test.ts checks file names and ids). */
import { rule as crypto } from './crypto-payment-in-profile';
import { rule as freeHosting } from './free-hosting-portfolio';
import { rule as locationTimezone } from './location-timezone-mismatch';
import { rule as newAccount } from './new-account';
import { rule as noPhoto } from './no-photo';
import { rule as offPlatform } from './off-platform-contact-in-profile';
import { rule as reviewBurst } from './review-burst';
import { rule as thinHistory } from './thin-history';
import { rule as unverified } from './unverified-identity';
import { rule as broadSkills } from './very-broad-skills';
import type { ProfileRule } from './types';

export const profileRules: readonly ProfileRule[] = [
  locationTimezone,
  newAccount,
  thinHistory,
  reviewBurst,
  noPhoto,
  unverified,
  offPlatform,
  crypto,
  freeHosting,
  broadSkills,
];

/** Message rules arrive with the proposals-and-messages issue; the CLI's `message` command runs these. */
export const messageRules: readonly never[] = [];
