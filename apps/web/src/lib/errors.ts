import { TRPCClientError } from '@trpc/client';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AppRouter } from '@bunkai/api';
import type { Language } from '@bunkai/model';

type ErrorShape = TRPCClientError<AppRouter>['data'];
export type ApiErrorData = NonNullable<ErrorShape>;

/** The API's error details (`reason`, bilingual `messages`, `fieldErrors`), if any. */
export function errorData(error: unknown): ApiErrorData | null {
  if (!(error instanceof TRPCClientError)) return null;
  return (error as TRPCClientError<AppRouter>).data ?? null;
}

/** The stable machine-readable reason, e.g. `invitation_expired`. */
export function errorReason(error: unknown): string | null {
  return errorData(error)?.reason ?? null;
}

function language(): Language {
  return i18n.language === 'en' ? 'en' : 'ja';
}

/**
 * Field errors in the current language, one string per field path (e.g. `organization.name`):
 * the input's own checks and a refusal the server made about one field.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const lang = language();
  const byField: Record<string, string[]> = {};
  const data = errorData(error);
  for (const entry of data?.fieldErrors ?? []) {
    (byField[entry.path] ??= []).push(entry.messages[lang]);
  }
  // A refusal about one input (e.g. inviting one's own address): shown at that input too.
  if (data?.field && data.messages) (byField[data.field] ??= []).push(data.messages[lang]);
  return Object.fromEntries(Object.entries(byField).map(([path, list]) => [path, list.join(' ')]));
}

/**
 * The error as one message in the current language: the server's own message, else the field
 * errors (one line per field), else a generic message.
 */
export function errorMessage(error: unknown): string {
  const data = errorData(error);
  if (data?.messages) return data.messages[language()];
  const fields = Object.values(fieldErrorsOf(error));
  if (fields.length > 0) return fields.join('\n');
  if (error instanceof TRPCClientError && !data) return i18n.t('errors.network');
  if (data?.code === 'INTERNAL_SERVER_ERROR') return i18n.t('errors.unexpected');
  if (error instanceof Error && error.message) return error.message;
  return i18n.t('errors.unexpected');
}

/**
 * What a form shows for `error`: the message at the top (a short "check the fields" when every
 * field error is already shown beside its input) and the message for each input.
 */
export function useFormErrors(error: unknown, shownFields: readonly string[]) {
  const { t } = useTranslation();
  const fields = error ? fieldErrorsOf(error) : {};
  const paths = Object.keys(fields);
  const allShown = paths.length > 0 && paths.every((path) => shownFields.includes(path));
  const summary = error ? (allShown ? t('errors.checkFields') : errorMessage(error)) : null;
  return { summary, field: (path: string): string | undefined => fields[path] };
}

export type FormErrors = ReturnType<typeof useFormErrors>;
