import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { DomainError, type Bilingual } from '@bunkai/core';

/** One entry per wrong input field, in both languages, for forms to show beside the field. */
export interface FieldError {
  path: string;
  messages: Bilingual;
}

const ja = z.locales.ja();
const en = z.locales.en();

export function describeZodError(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.join('.');
    // A schema's own message is already bilingual ("ja / en"); otherwise ask both locales.
    const custom = issue.message.includes(' / ') ? issue.message.split(' / ') : null;
    const raw = issue as unknown as Parameters<typeof ja.localeError>[0];
    const localized = (locale: typeof ja): string => {
      const result = locale.localeError(raw);
      return typeof result === 'string' ? result : (result?.message ?? issue.message);
    };
    return {
      path,
      messages: {
        ja: custom?.[0] ?? localized(ja),
        en: custom?.[1] ?? localized(en),
      },
    };
  });
}

export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: error.code, message: error.message, cause: error });
}

export function bilingual(
  code: DomainError['code'],
  reason: string,
  messages: Bilingual,
): TRPCError {
  return toTRPCError(new DomainError(code, reason, messages));
}
