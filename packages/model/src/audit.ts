/**
 * The actions the audit trail records (dotted verbs) and the kinds of thing they act on. The log
 * page names each in words; an action recorded before it was listed here is shown as recorded.
 */
export const AUDIT_ACTIONS = [
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
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_TARGET_TYPES = [
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
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
