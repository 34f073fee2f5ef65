import { z } from 'zod';
import { addMatrixComment, CommentInput, getMatrix } from '@bunkai/core';
import { mentionMail } from '@bunkai/mail';
import { appLink } from '../../app-link';
import { matrixProcedure } from './procedure';

/** A comment on a row; everyone mentioned gets an e-mail linking to the row. */
export const comment = matrixProcedure('member')
  .input(CommentInput)
  .output(z.object({ commentId: z.uuid(), notified: z.number() }))
  .mutation(async ({ ctx, input }) => {
    const added = await addMatrixComment(ctx.exec, ctx.matrix, input);
    const notify = added.mentioned.filter((person) => person.userId !== ctx.user.id);
    if (notify.length > 0) {
      const matrix = await getMatrix(ctx.tx, ctx.workspace, ctx.matrix.id);
      const rowUrl = appLink(ctx, `/matrix/${ctx.workspace.id}/${ctx.matrix.id}`, {
        row: input.rowId,
      });
      for (const person of notify) {
        ctx.queueMail({
          to: person.email,
          ...mentionMail({
            locale: person.locale === 'en' ? 'en' : 'ja',
            authorName: ctx.user.displayName,
            authorOrganization: ctx.organization.name,
            systemName: matrix.system.name,
            code: added.code,
            comment: input.body,
            rowUrl,
          }),
        });
      }
    }
    return { commentId: added.commentId, notified: notify.length };
  });
