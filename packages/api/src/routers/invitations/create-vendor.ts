import { generateToken, hashToken } from '@bunkai/auth';
import { createVendorInvitation, Invitation, NewVendorInvitation } from '@bunkai/core';
import { mailInvitation } from '../../invitation-mail';
import { organizationProcedure } from '../../trpc';

/** A hospital admin invites a vendor for one or more of its systems. */
export const createVendor = organizationProcedure({ role: 'admin', kinds: ['hospital'] })
  .input(NewVendorInvitation)
  .output(Invitation)
  .mutation(async ({ ctx, input }) => {
    const token = generateToken();
    const { invitation, systemNames } = await createVendorInvitation(
      ctx.exec,
      ctx.organization,
      input,
      hashToken(token),
    );
    mailInvitation(ctx, {
      invitation,
      token,
      organization: ctx.organization,
      inviter: ctx.user,
      systemNames,
      message: input.message,
    });
    return invitation;
  });
