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
import { rule as accountSwitch } from './account-switch-request';
import { rule as altPayment } from './alt-payment-request';
import { rule as avoidsVideo } from './avoids-video';
import { rule as cryptoRequest } from './crypto-payment-request';
import { rule as identityRental } from './identity-rental-request';
import { rule as moveOff } from './move-off-platform';
import { rule as prepayment } from './prepayment-pressure';
import { rule as moreWorkers } from './recommends-more-workers';
import { rule as remoteAccess } from './remote-access-request';
import { rule as shipElsewhere } from './ship-equipment-elsewhere';
import { rule as recycledPhoto } from './recycled-photo';
import { rule as duplicateText } from './duplicate-text';
import { rule as sharedContact } from './shared-contact';
import { rule as reviewerBurst } from './shared-reviewer-burst';
import { rule as profileChanged } from './profile-changed';
import type { MemoryRule, MessageRule, ProfileRule } from './types';

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

export const messageRules: readonly MessageRule[] = [
  cryptoRequest,
  altPayment,
  moveOff,
  shipElsewhere,
  accountSwitch,
  identityRental,
  avoidsVideo,
  prepayment,
  remoteAccess,
  moreWorkers,
];

/** Rules that compare with the local memory of other profiles (run in the background and the CLI). */
export const memoryRules: readonly MemoryRule[] = [
  recycledPhoto,
  duplicateText,
  sharedContact,
  reviewerBurst,
  profileChanged,
];
