import { z } from 'zod';
import { checkPasswordPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bunkai/auth';
import { Email, NewOrganization } from '@bunkai/core';
import { Language } from '@bunkai/model/schemas';

const PASSWORD_REASONS = {
  too_short: `パスワードは${PASSWORD_MIN_LENGTH}文字以上にしてください / Use at least ${PASSWORD_MIN_LENGTH} characters`,
  too_long: `パスワードは${PASSWORD_MAX_LENGTH}文字以内にしてください / Use at most ${PASSWORD_MAX_LENGTH} characters`,
  common: 'よく使われるパスワードは使えません / This password is too common',
} as const;

/** A new password: length and the common-password list (checked again server-side only). */
export const NewPassword = z.string().superRefine((password, issue) => {
  const verdict = checkPasswordPolicy(password);
  if (!verdict.ok) issue.addIssue({ code: 'custom', message: PASSWORD_REASONS[verdict.reason] });
});

export const DisplayName = z
  .string()
  .trim()
  .min(1, '氏名を入力してください / Enter your name')
  .max(100, '氏名は100文字以内です / Your name is at most 100 characters');

export const SignUpInput = z.object({
  email: Email,
  password: NewPassword,
  displayName: DisplayName,
  locale: Language.default('ja'),
  /** Absent when signing up to accept an invitation (the organization comes from it). */
  organization: NewOrganization.optional(),
});

export const SessionState = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: z.string(),
    isPlatformOperator: z.boolean(),
    mfaEnabled: z.boolean(),
  }),
  /** Waiting for the second factor. */
  mfaPending: z.boolean(),
  activeOrganizationId: z.uuid().nullable(),
});
export type SessionState = z.infer<typeof SessionState>;
