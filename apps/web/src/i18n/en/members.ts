import type { Messages } from '../messages';
import type ja from '../ja/members';

const members: Messages<typeof ja> = {
  members: {
    title: 'Members',
    lead: 'The organization’s members and their roles.',
    name: 'Name',
    email: 'E-mail address',
    role: 'Role',
    audience: 'Guideline audience',
    mfa: 'Two-factor authentication',
    mfaOn: 'On',
    mfaOff: 'Not set up',
    actions: 'Actions',
    you: ' (you)',
    roleOf: 'Role of {{name}}',
    audienceOf: 'Guideline audience of {{name}}',
    remove: 'Remove',
    removeTitle: 'Remove this member?',
    removeBody: '{{name}} ({{email}}) will no longer have access to this organization’s data.',
    removeConfirm: 'Remove',
    removed: '{{name}} has been removed from the organization.',
    changed: 'The role of {{name}} has been changed.',
    invite: 'Invite a colleague',
    settings: {
      title: 'Organization settings',
      name: 'Organization name',
      requireMfa: 'Require two-factor authentication for owners and administrators',
      requireMfaHint:
        'When on, administrators without two-factor authentication cannot work with the organization’s data.',
      submit: 'Save settings',
      saved: 'Organization settings saved.',
    },
  },
};
export default members;
