import { changeMemberRole, Member, MemberChange } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

export const changeMemberRoleProcedure = organizationProcedure({ role: 'admin' })
  .input(MemberChange)
  .output(Member)
  .mutation(({ ctx, input }) =>
    changeMemberRole(
      ctx.exec,
      { organization: ctx.organization, role: ctx.membership.role },
      input,
    ),
  );
