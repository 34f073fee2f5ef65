import { generateToken, hashToken } from '@bunkai/auth';
import { createColleagueInvitation, Invitation, NewColleagueInvitation } from '@bunkai/core';
import { mailInvitation } from '../../invitation-mail';
import { organizationProcedure } from '../../trpc';

/** Each side invites its own colleagues. */
export const createColleague = organizationProcedure({ role: 'admin' })
  .input(NewColleagueInvitation)
  .output(Invitation)
  .mutation(async ({ ctx, input }) => {
    const token = generateToken();
    const invitation = await createColleagueInvitation(
      ctx.exec,
      { organization: ctx.organization, role: ctx.membership.role },
      input,
      hashToken(token),
    );
    mailInvitation(ctx, {
      invitation,
      token,
      organization: ctx.organization,
      inviter: ctx.user,
      systemNames: [],
      message: input.message,
    });
    return invitation;
  });
