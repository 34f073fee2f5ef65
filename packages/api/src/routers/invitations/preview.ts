import { z } from 'zod';
import { hashToken } from '@bunkai/auth';
import { InvitationPreview, previewInvitation } from '@bunkai/core';
import { publicProcedure } from '../../trpc';

/** What the link's holder is invited to, shown before they sign up or sign in. */
export const preview = publicProcedure
  .input(z.object({ token: z.string().min(1).max(200) }))
  .output(InvitationPreview)
  .query(({ ctx, input }) => previewInvitation(ctx.tx, hashToken(input.token), ctx.now()));
