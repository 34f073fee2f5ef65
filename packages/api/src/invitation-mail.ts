import { colleagueInvitationMail, vendorInvitationMail, type OutgoingMail } from '@bunkai/mail';
import type { Invitation, Organization } from '@bunkai/core';
import type { Language } from '@bunkai/model';
import { appLink } from './app-link';
import type { ApiContext } from './context';

/** Queues the invitation link's mail; it leaves once the invitation is committed. */
export function mailInvitation(
  ctx: ApiContext & { queueMail: (message: OutgoingMail) => void },
  args: {
    invitation: Invitation;
    token: string;
    organization: Organization;
    inviter: { displayName: string; locale: string };
    systemNames: string[];
    message?: string | null | undefined;
  },
): void {
  const locale: Language = args.inviter.locale === 'en' ? 'en' : 'ja';
  const acceptUrl = appLink(ctx, '/invitations/accept', { token: args.token });
  const common = {
    locale,
    inviterName: args.inviter.displayName,
    acceptUrl,
    expiresAt: args.invitation.expiresAt,
    message: args.message ?? null,
  };
  const content =
    args.invitation.kind === 'vendor'
      ? vendorInvitationMail({
          ...common,
          hospitalName: args.organization.name,
          systemNames: args.systemNames,
        })
      : colleagueInvitationMail({
          ...common,
          organizationName: args.organization.name,
          role: args.invitation.role,
        });
  ctx.queueMail({ to: args.invitation.email, ...content });
}
