import type { Messages } from '../messages';
import type ja from '../ja/account';

const account: Messages<typeof ja> = {
  account: {
    title: 'Account',
    lead: 'Your profile, two-factor authentication, signed-in devices and password.',
    mfaNotice:
      'Your organization requires administrators to use two-factor authentication (MFA). Set it up under “Two-factor authentication (MFA)” below.',
    profile: {
      title: 'Profile',
      name: 'Name',
      email: 'E-mail address',
      organization: 'Current organization',
      role: 'Role',
      mfa: 'Two-factor authentication',
    },
    mfa: {
      title: 'Two-factor authentication (MFA)',
      enabled: 'On',
      disabled: 'Not set up',
      enabledText: 'Signing in needs a code from your authenticator app as well as your password.',
      disabledText:
        'So that a leaked password is not enough to sign in, set up two-factor authentication with an authenticator app (Google Authenticator, Microsoft Authenticator, …).',
      currentPassword: 'Current password (to confirm it is you)',
      start: 'Set up',
      step1: '1. Scan this QR code with your authenticator app.',
      qrAlt: 'QR code to add Bunkai to your authenticator app',
      manual: 'If you cannot scan the QR code, type this key into your authenticator app.',
      secret: 'Key for manual entry',
      step2: '2. Enter the 6-digit code shown in your authenticator app.',
      code: 'Verification code (6 digits)',
      confirm: 'Turn on',
      cancel: 'Stop',
      done: 'Two-factor authentication is on.',
      recoveryTitle: 'Recovery codes',
      recoveryWarning:
        'These recovery codes are shown only once, here. You need them to sign in if you lose your authenticator app. Print them or keep them somewhere safe, such as a password manager. Each code works once.',
      recoveryStored: 'I have stored them',
      copy: 'Copy the codes',
      copied: 'Copied',
    },
    sessions: {
      title: 'Signed-in devices',
      device: 'Device (browser)',
      ip: 'IP address',
      lastSeen: 'Last seen',
      started: 'Signed in',
      signOutOthers: 'Sign out other devices',
      signedOutOthers: 'Other devices have been signed out.',
      onlyThis: 'Only this device is signed in.',
    },
    password: {
      title: 'Change password',
      current: 'Current password',
      next: 'New password',
      submit: 'Change password',
      done: 'Your password has been changed. Other devices have been signed out.',
    },
  },
};
export default account;
