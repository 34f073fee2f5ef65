import type { Messages } from '../messages';
import type ja from '../ja/invitations';
import { vocabularyIn } from '../vocabulary';

const words = vocabularyIn('en');

const invitations: Messages<typeof ja> = {
  invitations: {
    title: 'Invitations',
    lead: 'Invite vendors and colleagues. Invitation links are valid for 7 days.',
    vendor: {
      title: 'Invite a vendor',
      lead: 'Invite a vendor’s contact by e-mail. Once they accept, you share a workspace with the vendor for the chosen systems.',
      email: 'Vendor’s e-mail address',
      systems: 'Systems',
      noSystems: 'Register the systems concerned before inviting a vendor.',
      toSystems: 'Register systems',
      message: 'Message to the vendor (optional)',
      submit: 'Send invitation',
      sent: 'Invitation sent to {{email}}.',
    },
    colleague: {
      title: 'Invite a colleague',
      lead: 'Invite a colleague to join your organization.',
      email: 'Colleague’s e-mail address',
      role: 'Role',
      audience: 'Guideline audience',
      audienceHint:
        'Which part of the MHLW Guidelines for the Security of Medical Information Systems they mainly work with',
      message: 'Message to the colleague (optional)',
      submit: 'Send invitation',
      sent: 'Invitation sent to {{email}}.',
    },
    list: {
      title: 'Sent invitations',
      kind: 'Kind',
      email: 'E-mail address',
      target: 'For',
      status: 'Status',
      expiresAt: 'Expires',
      actions: 'Actions',
      empty: 'No invitations yet.',
      kinds: words.invitationKinds,
      resend: 'Resend',
      revoke: 'Revoke',
      resent: 'Invitation resent to {{email}}. It is now valid for another 7 days.',
      revoked: 'Invitation to {{email}} revoked.',
      revokeTitle: 'Revoke this invitation?',
      revokeBody: 'The invitation link sent to {{email}} will stop working.',
      revokeConfirm: 'Revoke',
    },
    status: words.invitationStatuses,
  },
  accept: {
    title: 'Accept invitation',
    missingToken:
      'This invitation link is not complete. Open the link from the e-mail exactly as sent.',
    vendorInvite: '{{organization}} invites you, as their vendor, to a shared workspace.',
    colleagueInvite: '{{organization}} invites you to join as a member.',
    to: 'Sent to',
    organization: 'From',
    systems: 'Systems',
    role: 'Role on joining',
    message: 'Message',
    expiresAt: 'Expires',
    status: 'Status',
    expired: 'This invitation has expired. Ask the sender to resend it.',
    accepted: 'This invitation has already been accepted.',
    revoked: 'This invitation has been revoked. Please check with the sender.',
    signInPrompt: 'To accept, sign in with the invited e-mail address or sign up.',
    signInToAccept: 'Sign in to accept',
    signUpToAccept: 'Sign up to accept',
    signedInAs: 'Signed in as {{email}}.',
    otherAddress:
      'This invitation was sent to {{invited}}, but you are signed in as {{current}}, so you cannot accept it. Sign in again with the invited address.',
    switchAccount: 'Sign out and use another account',
    vendorChoice: 'Vendor organization that accepts',
    vendorChoiceHint: 'Choose a vendor organization you administer, or create a new one.',
    newVendor: 'Create a new vendor organization',
    newVendorName: 'New vendor organization name',
    submit: 'Accept',
  },
};
export default invitations;
