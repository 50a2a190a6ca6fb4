/**
 * The Profile contract (docs/architecture.md). Every field but `site` and `url` is optional and
 * absent when the page does not show it — never guessed. The zod schema is what the background uses to
 * validate what content scripts send (they read attacker-controlled pages).
 */
import { z } from 'zod';

// No code generation: zod would otherwise probe `new Function` (CSP forbids it in the extension anyway,
// and the probe is reported as a policy violation).
z.config({ jitless: true });

const text = (max: number) => z.string().max(max);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const num = z.number().finite();

export const ProfileSchema = z.strictObject({
  site: text(40),
  url: z.string().url().max(2048),
  id: text(200).optional(),
  name: text(300).optional(),
  title: text(500).optional(),
  bio: text(20_000).optional(),
  photoUrl: z.string().url().max(4096).optional(),
  location: z
    .strictObject({
      city: text(200).optional(),
      region: text(200).optional(),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional(),
      countryName: text(200).optional(),
    })
    .optional(),
  timezone: z
    .strictObject({
      name: text(100).optional(),
      label: text(200).optional(),
      utcOffsetMinutes: z
        .number()
        .int()
        .min(-14 * 60)
        .max(14 * 60)
        .optional(),
    })
    .optional(),
  /**
   * The freelancer's local time as the page shows it beside the location, in its own words ("8:34 am", Upwork
   * 2026-06). Worked out by the site at the moment the page was made, so it means something only against the
   * time it was read (lib/rules/location-timezone-mismatch.ts).
   */
  localTime: text(40).optional(),
  memberSince: date.optional(),
  /** The page marks the account as a company's, not one person's (Freelancer.com's "corporate" accounts). */
  agency: z.boolean().optional(),
  hourlyRate: z.strictObject({ amount: num.nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) }).optional(),
  stats: z
    .strictObject({
      jobs: num.nonnegative().optional(),
      hours: num.nonnegative().optional(),
      reviews: num.nonnegative().optional(),
      rating: num.min(0).max(5).optional(),
      jobSuccess: num.min(0).max(100).optional(),
      earnings: num.nonnegative().optional(),
      /** Percentages some sites show (Freelancer.com): jobs completed, on time, on budget. */
      completionRate: num.min(0).max(100).optional(),
      /** LinkedIn: "500+ connections" (500), followers. */
      connections: num.nonnegative().optional(),
      followers: num.nonnegative().optional(),
      onTime: num.min(0).max(100).optional(),
      onBudget: num.min(0).max(100).optional(),
    })
    .optional(),
  verified: z
    .strictObject({
      identity: z.boolean().optional(),
      payment: z.boolean().optional(),
      phone: z.boolean().optional(),
      email: z.boolean().optional(),
    })
    .optional(),
  languages: z
    .array(z.strictObject({ name: text(100), level: text(100).optional() }))
    .max(100)
    .optional(),
  skills: z.array(text(200)).max(500).optional(),
  education: z
    .array(
      z.strictObject({
        school: text(300).optional(),
        degree: text(300).optional(),
        start: text(40).optional(),
        end: text(40).optional(),
      }),
    )
    .max(100)
    .optional(),
  employment: z
    .array(
      z.strictObject({
        company: text(300).optional(),
        title: text(300).optional(),
        start: text(40).optional(),
        end: text(40).optional(),
      }),
    )
    .max(200)
    .optional(),
  reviews: z
    .array(
      z.strictObject({
        date: date.optional(),
        rating: num.min(0).max(5).optional(),
        text: text(10_000).optional(),
        client: text(300).optional(),
      }),
    )
    .max(1000)
    .optional(),
  links: z.array(z.string().max(2048)).max(500).optional(),
});

export type Profile = z.infer<typeof ProfileSchema>;

export const READ_STATUSES = ['ok', 'partial', 'not-a-profile', 'unreadable'] as const;
export type ReadStatus = (typeof READ_STATUSES)[number];

export const ReadResultSchema = z.strictObject({
  status: z.enum(READ_STATUSES),
  profile: ProfileSchema.optional(),
  missing: z.array(text(100)).max(100),
});

/** What a site adapter returns for one page. */
export type ReadResult = z.infer<typeof ReadResultSchema>;
