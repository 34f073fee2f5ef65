import { useTranslation } from 'react-i18next';

// The actions and target types the server records; anything newer is shown as recorded.
const ACTIONS = [
  'organization.create',
  'organization.update',
  'member.join',
  'member.update',
  'member.remove',
  'system.create',
  'system.update',
  'invitation.create',
  'invitation.resend',
  'invitation.revoke',
  'invitation.accept',
  'workspace.join',
  'account.password_change',
  'account.mfa_enable',
  'account.sign_out_others',
  'account.sign_in',
  'account.password_reset',
  'account.disable',
  'catalog_version.import',
  'catalog_version.replace',
  'catalog_version.publish',
  'catalog_version.retire',
  'crosswalk.import',
  'matrix.create',
  'matrix.rows.update',
  'matrix.rows.import',
  'matrix.rows.propose',
  'matrix.rows.agree',
  'matrix.rows.dispute',
  'matrix.comment',
  'matrix.evidence.add',
  'matrix.evidence.remove',
  'matrix.sign',
] as const;
type KnownAction = (typeof ACTIONS)[number];

const TARGETS = [
  'organization',
  'user',
  'system',
  'invitation',
  'workspace',
  'catalog_version',
  'crosswalk',
  'matrix',
  'matrix_row',
  'matrix_snapshot',
] as const;
type KnownTarget = (typeof TARGETS)[number];

function isKnown<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function useAuditLabels() {
  const { t } = useTranslation();
  return {
    action: (action: string) =>
      isKnown<KnownAction>(ACTIONS, action) ? t(`audit.actions.${action}`) : action,
    target: (type: string) =>
      isKnown<KnownTarget>(TARGETS, type) ? t(`audit.targets.${type}`) : type,
  };
}
