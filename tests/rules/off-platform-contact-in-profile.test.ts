import { describe, expect, it } from 'vitest';
import { rule } from '../../lib/rules/off-platform-contact-in-profile';
import { ctx, profile } from '../helpers';

const check = (bio: string, country?: string) =>
  rule.check(profile({ bio, location: country ? { country } : undefined }), ctx())?.evidence;

describe('off-platform-contact-in-profile', () => {
  it.each([
    ['Telegram handle', 'Reach me on Telegram: @danw_dev_pro', ['Telegram: “@danw_dev_pro”']],
    ['t.me link', 'Contact https://t.me/danw_dev', ['Telegram: “t.me/danw_dev”']],
    ['WhatsApp number', 'WhatsApp +1 415 555 0134', ['WhatsApp: “+1 415 555 0134”']],
    ['wa.me link', 'wa.me/14155550134', ['WhatsApp: “wa.me/14155550134”']],
    ['Discord handle', 'discord: dan.dev#1234', ['Discord: “dan.dev#1234”']],
    ['Skype id', 'Skype: live:.cid.1234abcd', ['Skype: “live:.cid.1234abcd”']],
    ['e-mail', 'Mail me at dan.w.dev@gmail.com', ['E-mail: “dan.w.dev@gmail.com”']],
    ['phone with country prefix', 'Call +44 20 7946 0958 any time', ['Phone: “+44 20 7946 0958”']],
    ['national phone with the profile country', 'Call 050 123 4567', ['Phone: “050 123 4567”'], 'UA'],
    ['zero-width characters do not hide a handle', 'Tele\u200Bgram: @danw_dev_pro', ['Telegram: “@danw_dev_pro”']],
    ['nor does a soft hyphen', 'Tele\u00ADgram: @danw_dev_pro', ['Telegram: “@danw_dev_pro”']],
    [
      'a name spelled around the filter',
      'T e l e g r a m: @danw_dev_pro',
      ['Telegram: “@danw_dev_pro”', '“T e l e g r a m” is read as Telegram.'],
    ],
    [
      'look-alike letters',
      'Wh\u0430tsApp +1 415 555 0134',
      ['WhatsApp: “+1 415 555 0134”', '“Whаtsapp” is read as WhatsApp.'.replace('Whаtsapp', 'Wh\u0430tsApp')],
    ],
  ])('%s', (_n, bio, expected, country?: string) => {
    expect(check(bio, country)).toEqual(expected);
  });

  it.each([
    ['building Telegram bots', 'I build Telegram bots and Discord servers for communities.'],
    ['Skype calls as a word', 'Available for Skype calls during US hours.'],
    ['years and numbers', 'Built 120 projects between 2015 and 2023, rated 4.9.'],
    ['version numbers', 'Node 20.11.1, React 18.2.0'],
  ])('nothing for %s', (_n, bio) => {
    expect(check(bio)).toBeUndefined();
  });
});
