import { z } from 'zod';
import { hashToken, setActiveOrganization } from '@bunkai/auth';
import { acceptInvitation, AcceptedInvitation, VendorChoice } from '@bunkai/core';
import { authedProcedure } from '../../trpc';

/** The signed-in recipient accepts; the joined organization becomes their active one. */
export const accept = authedProcedure
  .input(z.object({ token: z.string().min(1).max(200), vendor: VendorChoice.optional() }))
  .output(AcceptedInvitation)
  .mutation(async ({ ctx, input }) => {
    const accepted = await acceptInvitation(
      ctx.exec,
      ctx.user,
      hashToken(input.token),
      input.vendor,
    );
    await setActiveOrganization(ctx.tx, ctx.session.id, accepted.organizationId);
    return accepted;
  });
