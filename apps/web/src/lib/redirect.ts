/** Only same-site paths: an attacker's link must not send a fresh sign-in elsewhere. */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target.startsWith('/sign-in')) return '/';
  return target;
}

/** Reads one string search parameter (the router may have parsed "123" into a number). */
export function stringParam(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
