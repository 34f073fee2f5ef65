import type { Messages } from '../messages';
import type ja from '../ja/audit';

const audit: Messages<typeof ja> = {
  audit: {
    title: 'Audit log',
    lead: 'What was done in this organization, newest first. Entries are hash-chained so that tampering can be detected.',
    time: 'Time (JST)',
    actor: 'By',
    action: 'Action',
    target: 'Target',
    requestId: 'Request ID',
    ip: 'IP address',
    system: 'System',
    empty: 'No entries yet.',
    more: 'Load more',
    end: 'No older entries.',
    actions: {
      organization: { create: 'Organization created', update: 'Organization settings changed' },
      member: { join: 'Member joined', update: 'Member role changed', remove: 'Member removed' },
      system: { create: 'System registered', update: 'System changed' },
      invitation: {
        create: 'Invitation sent',
        resend: 'Invitation resent',
        revoke: 'Invitation revoked',
        accept: 'Invitation accepted',
      },
      workspace: { join: 'Workspace created or systems added' },
      catalog_version: {
        import: 'Guideline version imported',
        replace: 'Guideline draft replaced',
        publish: 'Guideline version published',
        retire: 'Guideline version retired',
      },
      crosswalk: { import: 'Version crosswalk imported' },
      matrix: {
        create: 'Matrix created',
        rows: {
          update: 'Matrix rows changed',
          import: 'Matrix imported from a file',
          propose: 'Matrix rows proposed',
          agree: 'Matrix rows agreed',
          dispute: 'Matrix row disputed',
        },
        comment: 'Matrix comment',
        evidence: { add: 'Evidence added', remove: 'Evidence removed' },
        sign: 'Matrix signed',
      },
      account: {
        password_change: 'Password changed',
        mfa_enable: 'Two-factor authentication turned on',
        sign_out_others: 'Other devices signed out',
        sign_in: 'Signed in',
        password_reset: 'Password reset (e-mailed link)',
        disable: 'Account disabled',
      },
    },
    targets: {
      organization: 'Organization',
      user: 'User',
      system: 'System',
      invitation: 'Invitation',
      workspace: 'Workspace',
      catalog_version: 'Guideline version',
      crosswalk: 'Version crosswalk',
      matrix: 'Matrix',
      matrix_row: 'Matrix row',
      matrix_snapshot: 'Matrix signature record',
    },
  },
};
export default audit;
