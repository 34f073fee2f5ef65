import { z } from 'zod';
import { generateToken, hashToken } from '@bunkai/auth';
import { findSystems, Invitation, resendInvitation } from '@bunkai/core';
import { mailInvitation } from '../../invitation-mail';
import { organizationProcedure } from '../../trpc';

/** A new link replaces the old one, valid 7 days from now. */
export const resend = organizationProcedure({ role: 'admin' })
  .input(z.object({ invitationId: z.uuid() }))
  .output(Invitation)
  .mutation(async ({ ctx, input }) => {
    const token = generateToken();
    const { invitation, row } = await resendInvitation(
      ctx.exec,
      ctx.organization.id,
      input.invitationId,
      hashToken(token),
    );
    const systems = await findSystems(ctx.tx, ctx.organization.id, invitation.systemIds);
    mailInvitation(ctx, {
      invitation,
      token,
      organization: ctx.organization,
      inviter: ctx.user,
      systemNames: systems.map((s) => s.name),
      message: row.message,
    });
    return invitation;
  });
