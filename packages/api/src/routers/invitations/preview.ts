import { z } from 'zod';
import { hashToken } from '@bunkai/auth';
import { InvitationPreview, previewInvitation } from '@bunkai/core';
import { publicProcedure, readSession } from '../../trpc';

/**
 * What the link's holder is invited to, shown before they sign up or sign in. A signed-in
 * member of another organization who is not the invited address learns nothing from the link.
 */
export const preview = publicProcedure
  .input(z.object({ token: z.string().min(1).max(200) }))
  .output(InvitationPreview)
  .query(async ({ ctx, input }) => {
    const session = await readSession(ctx);
    if (!session) return previewInvitation(ctx.exec, hashToken(input.token), ctx.now());
    const viewer = { id: session.user.id, email: session.user.email };
    const exec = await ctx.exec.identify(viewer.id);
    return previewInvitation(exec, hashToken(input.token), ctx.now(), viewer);
  });
