// The identity layer: passwords, sessions (the Lucia design), TOTP, recovery codes, password
// reset and sign-in throttling. Every database function takes the caller's `Db | Tx`.
export {
  checkPasswordPolicy,
  hashPassword,
  verifyAgainstDummy,
  verifyPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordPolicyResult,
} from './password';
export { generateToken, hashToken } from './token';
export {
  blankSessionCookie,
  createSession,
  invalidateSession,
  invalidateUserSessions,
  listUserSessions,
  markSessionMfaVerified,
  sessionCookie,
  sessionCookieName,
  setActiveOrganization,
  validateSessionToken,
  DEFAULT_SESSION_POLICY,
  SESSION_COOKIE_NAMES,
  type NewSession,
  type Session,
  type SessionCookie,
  type SessionPolicy,
  type SessionSummary,
  type SessionValidation,
} from './session';
export {
  confirmTotpEnrolment,
  createTotpKey,
  disableTotp,
  startTotpEnrolment,
  totpKeyUri,
  totpStep,
  verifyTotp,
  verifyUserTotp,
  type TotpVerification,
} from './totp';
export {
  countUnusedRecoveryCodes,
  replaceRecoveryCodes,
  useRecoveryCode,
  RECOVERY_CODE_COUNT,
} from './recovery-codes';
export {
  consumePasswordResetToken,
  createPasswordResetToken,
  setPassword,
  type PasswordResetResult,
} from './password-reset';
export {
  checkSecretUnderLimit,
  checkSignInAllowed,
  clearAccountFailures,
  consumeAttempt,
  ipAttemptKeys,
  mfaAttemptKeys,
  mfaClearKey,
  passwordAttemptKeys,
  passwordClearKey,
  recordSignInFailure,
  settleAttempt,
  DEFAULT_SIGN_IN_LIMITS,
  type AttemptGate,
  type AttemptKey,
  type AttemptTicket,
  type SecretCheck,
  type SignInAllowance,
  type SignInAttempt,
  type SignInLimits,
} from './rate-limit';
export {
  createUser,
  disableUser,
  findUserByEmail,
  getSafeUser,
  normaliseEmail,
  EmailTakenError,
  type NewUser,
  type SafeUser,
  type UserRecord,
} from './users';
export {
  authenticateWithPassword,
  verifyCurrentPassword,
  verifySecondFactor,
  type PasswordSignIn,
} from './sign-in';
export {
  consumeSignUpRequest,
  createSignUpRequest,
  type PendingSignUp,
  type SignUpConfirmation,
} from './sign-up';
