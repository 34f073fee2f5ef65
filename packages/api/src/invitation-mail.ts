import { colleagueInvitationMail, vendorInvitationMail, type MailLocale } from '@bunkai/mail';
import type { Invitation, Organization } from '@bunkai/core';
import { appLink } from './actor';
import type { ApiContext } from './context';

/** Mails the invitation link; a failed send fails the procedure, so nothing is half-done. */
export async function mailInvitation(
  ctx: ApiContext,
  args: {
    invitation: Invitation;
    token: string;
    organization: Organization;
    inviter: { displayName: string; locale: string };
    systemNames: string[];
    message?: string | null | undefined;
  },
): Promise<void> {
  const locale: MailLocale = args.inviter.locale === 'en' ? 'en' : 'ja';
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
  await ctx.mailer.send({ to: args.invitation.email, ...content });
}
