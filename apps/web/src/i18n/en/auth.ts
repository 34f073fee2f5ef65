import type { Messages } from '../messages';
import type ja from '../ja/auth';

const auth: Messages<typeof ja> = {
  auth: {
    email: 'E-mail address',
    password: 'Password',
    signInLink: 'Sign in',
    signUpLink: 'Sign up',
    signIn: {
      title: 'Sign in',
      lead: 'Sign in to Bunkai.',
      submit: 'Sign in',
      noAccount: 'No account yet?',
      forgot: 'Forgot your password?',
      codeTitle: 'Verification code',
      codeLead:
        'Enter the 6-digit code shown in your authenticator app. If you cannot use the app, enter one of your recovery codes.',
      code: 'Verification code (6 digits) or recovery code',
      verify: 'Verify',
      otherAccount: 'Sign in with another account',
      afterReset: 'Your password has been reset. Sign in with your new password.',
    },
    signUp: {
      title: 'Sign up',
      lead: 'Register as the contact person of a hospital, a vendor or a regional network coordinator.',
      invitationLead:
        'Create an account to accept your invitation. You will continue to the invitation next.',
      invitedTo: 'You are joining through an invitation from {{organization}}.',
      displayName: 'Full name',
      passwordHint: 'At least 8 characters. Common passwords are not accepted.',
      organizationKind: 'Kind of organization',
      chooseKind: 'Choose the kind of organization',
      organizationName: 'Organization name',
      organizationNameHint:
        'Enter the official name (e.g. XX City General Hospital, XX Co., Ltd.).',
      sizeClass: 'Hospital size class',
      submit: 'Sign up',
      haveAccount: 'Already have an account?',
      sent: 'We sent a confirmation e-mail to {{email}}. Open its link to finish signing up (valid for 24 hours). If it does not arrive, check your spam folder.',
    },
    confirmSignUp: {
      title: 'Finish signing up',
      lead: 'Your e-mail address is confirmed. Press the button to create your account and sign in.',
      submit: 'Finish signing up',
      missingToken:
        'This link is not complete. Open the link in the e-mail exactly as it is, or sign up again.',
      again: 'Sign up again',
    },
    forgot: {
      title: 'Reset your password',
      lead: 'Enter the e-mail address you registered. We will send you a link to reset your password.',
      submit: 'Send reset link',
      sent: 'If the address is registered, we have sent a link to reset your password. The link is valid for 30 minutes.',
      back: 'Back to sign-in',
    },
    reset: {
      title: 'Set a new password',
      lead: 'Enter a new password. Afterwards every device is signed out.',
      password: 'New password',
      submit: 'Set password',
      missingToken:
        'This link is not complete. Open the link from the e-mail exactly as sent, or request a new one.',
      requestAgain: 'Request a new link',
    },
  },
};
export default auth;
