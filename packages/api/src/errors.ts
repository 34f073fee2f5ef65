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
    const custom = splitBilingual(issue.message);
    const raw = issue as unknown as Parameters<typeof ja.localeError>[0];
    const localized = (locale: typeof ja): string => {
      const result = locale.localeError(raw);
      const text = typeof result === 'string' ? result : (result?.message ?? issue.message);
      // Finished issues no longer carry the input, so the locales would say "received undefined".
      return text
        .replace(/, received undefined$/, '')
        .replace(/が、undefinedが入力されました$/, '');
    };
    return {
      path,
      messages: {
        ja: custom?.ja ?? localized(ja),
        en: custom?.en ?? localized(en),
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

/** "日本語 / English": split at the separator after which no Japanese follows. */
function splitBilingual(message: string): Bilingual | null {
  for (let at = message.indexOf(' / '); at >= 0; at = message.indexOf(' / ', at + 1)) {
    const en = message.slice(at + 3);
    if (!/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/.test(en)) {
      return { ja: message.slice(0, at), en };
    }
  }
  return null;
}
