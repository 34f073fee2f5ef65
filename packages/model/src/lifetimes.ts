/** How long what Bunkai issues stays valid; mails announce these, so they must stay true. */

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/** A vendor or colleague invitation link (a resend extends it by as much again). */
export const INVITATION_LIFETIME_MS = 7 * 24 * HOUR;

/** A password reset link. */
export const PASSWORD_RESET_LIFETIME_MS = 30 * MINUTE;

/** The link that confirms a sign-up. */
export const SIGN_UP_CONFIRMATION_LIFETIME_MS = 24 * HOUR;

/**
 * Sessions, unless configured otherwise (SESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS): short,
 * because hospital terminals are shared and left signed in.
 */
export const DEFAULT_SESSION_IDLE_MINUTES = 30;
export const DEFAULT_SESSION_ABSOLUTE_HOURS = 12;
