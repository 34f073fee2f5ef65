import type { Label, ToneLabel } from './labels';

/** A hospital inviting a vendor into a workspace, or an organization inviting a colleague. */
export const INVITATION_KINDS = ['vendor', 'colleague'] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

export const INVITATION_KIND_LABELS: Record<InvitationKind, Label> = {
  vendor: { ja: '事業者', en: 'Vendor' },
  colleague: { ja: '同僚', en: 'Colleague' },
};

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, ToneLabel> = {
  pending: { ja: '受諾待ち', en: 'Pending', tone: 'info' },
  accepted: { ja: '受諾済み', en: 'Accepted', tone: 'success' },
  revoked: { ja: '取り消し済み', en: 'Revoked', tone: 'neutral' },
  expired: { ja: '期限切れ', en: 'Expired', tone: 'warning' },
};

/** The invitation was used or withdrawn: it can be neither resent nor revoked any more. */
export function isClosedInvitation(
  status: InvitationStatus,
): status is Extract<InvitationStatus, 'accepted' | 'revoked'> {
  return status === 'accepted' || status === 'revoked';
}
