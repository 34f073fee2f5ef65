import { changeMemberRole, Member, MemberChange } from '@bunkai/core';
import { actorOf } from '../../actor';
import { organizationProcedure } from '../../trpc';

export const changeMemberRoleProcedure = organizationProcedure({ role: 'admin' })
  .input(MemberChange)
  .output(Member)
  .mutation(({ ctx, input }) =>
    changeMemberRole(
      ctx.tx,
      actorOf(ctx, ctx.user.id),
      { organization: ctx.organization, role: ctx.membership.role },
      input,
    ),
  );
