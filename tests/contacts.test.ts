import { describe, expect, it } from 'vitest';
import { rule as profileRule } from '../lib/rules/off-platform-contact-in-profile';
import { findContacts, givesContact } from '../lib/text/contacts';
import { ctx, profile } from './helpers';

describe('contacts in free text', () => {
  it('reads a Telegram name written without its "@" after the messenger\'s name', () => {
    expect(findContacts('Or on telegram: mika7el')).toEqual([{ kind: 'Telegram', value: 'mika7el' }]);
    expect(findContacts('Please contact on telegram jerome031')).toEqual([{ kind: 'Telegram', value: 'jerome031' }]);
    expect(findContacts('TG: dev_tom')).toEqual([{ kind: 'Telegram', value: 'dev_tom' }]);
    expect(findContacts('Telegram: @dev_tom')).toEqual([{ kind: 'Telegram', value: '@dev_tom' }]);
  });

  it('does not take words, versions or addresses after the name for a handle', () => {
    for (const text of [
      'Telegram: available on request',
      'I build Telegram bots in Python3',
      'Telegram is great for bots.',
      'telegram bot api',
      'Telegram 2024 release notes',
      'telegram: bot.api2.example.com',
      'telegram: dev2@example.org',
    ])
      expect(
        findContacts(text).filter((c) => c.kind === 'Telegram'),
        text,
      ).toEqual([]);
  });

  it('reads a name without "@" at the end of a sentence, and no names from code on a developer\'s profile', () => {
    expect(findContacts('Contact me on Telegram: mika7el.')).toEqual([{ kind: 'Telegram', value: 'mika7el' }]);
    for (const text of [
      'I wrote a Telegram bot_api wrapper in Go.',
      'Stack: Python, Telegram API_ID handling, webhooks',
      'Set TELEGRAM_BOT_TOKEN and telegram chat_id in .env',
      'Telegram Mini_Apps, Web3, TON',
      'Telegram: aiogram3, Telethon, pyrogram',
      'Telegram - python_telegram_bot, aiogram',
    ])
      expect(findContacts(text), text).toEqual([]);
  });

  it('reads "telegram" followed by 50 KB of spaces in linear time', () => {
    const t0 = performance.now();
    findContacts(`telegram${' '.repeat(50_000)}!`);
    findContacts(`telegram id${' '.repeat(50_000)}!`);
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('does not take a Telegram bot (a name ending in "bot") for a person to reach, on a profile or elsewhere', () => {
    expect(findContacts('My projects: @bakery_orders_bot, t.me/shop_helper_bot')).toEqual([]);
    // "bot" inside a person's name is no bot.
    expect(findContacts('Telegram: @dana_robot_art')).toEqual([{ kind: 'Telegram', value: '@dana_robot_art' }]);
  });

  it('reads an international number typed with a space after its "+"', () => {
    expect(findContacts('par téléphone au + 33 7 55 50 14 92.')).toEqual([
      { kind: 'Phone', value: '+ 33 7 55 50 14 92' },
    ]);
    expect(findContacts('price 5 + 3 4567 8901')).toEqual([]);
  });

  it('reads a WhatsApp number after the short names people use, its area code in brackets', () => {
    expect(findContacts('chama no whats 75955550137')).toEqual([{ kind: 'WhatsApp', value: '75955550137' }]);
    expect(findContacts('falar comigo no whatsapp(85) 985550177')).toEqual([
      { kind: 'WhatsApp', value: '(85) 985550177' },
    ]);
    expect(findContacts('zap: 11 95555 0123')).toEqual([{ kind: 'WhatsApp', value: '11 95555 0123' }]);
    expect(findContacts('the zap effect lasted 3 seconds')).toEqual([]);
  });

  it('reads an address spelled around a filter as the address it stands for (a bio, the memory)', () => {
    for (const text of [
      'Reach me: mika.dev77 (at) gmail (dot) com',
      'mail: mika.dev77 at gmail dot com',
      'mika.dev77[at]gmail.com',
      'mikadev77atgmaildotcom'.replace('mikadev77', 'mika.dev77'),
    ])
      expect(findContacts(text), text).toEqual([{ kind: 'E-mail', value: 'mika.dev77@gmail.com' }]);
    expect(findContacts('Python at scale, Kubernetes at work')).toEqual([]);
    expect(
      profileRule.check(profile({ bio: 'Write to mika.dev77 (at) gmail (dot) com for work.' }), ctx())?.evidence,
    ).toEqual(['E-mail: “mika.dev77@gmail.com”']);
  });

  it('gives a contact for a handle after a colon, as the graded message rules read it', () => {
    expect(givesContact('Or on telegram: mika7el')).toBe(true);
    expect(givesContact('Telegram is great for bots.')).toBe(false);
  });
});
