// The SMTP sink is deliberately not here: import it from '@bunkai/mail/sink' (tests, dev only).
export { createMailer, type Mailer, type MailerOptions, type OutgoingMail } from './mailer';
export { createMailOutbox, type MailOutbox, type MailOutboxOptions } from './outbox';
export {
  colleagueInvitationMail,
  mentionMail,
  type MentionMailInput,
  escapeHtml,
  passwordResetMail,
  signUpConfirmationMail,
  alreadyRegisteredMail,
  type SignUpConfirmationMailInput,
  type AlreadyRegisteredMailInput,
  vendorInvitationMail,
  type ColleagueInvitationMailInput,
  type MailContent,
  type PasswordResetMailInput,
  type VendorInvitationMailInput,
} from './templates';
