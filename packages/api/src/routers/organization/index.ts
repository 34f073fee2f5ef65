import { router } from '../../trpc';
import { auditLog } from './audit-log';
import { changeMemberRoleProcedure } from './change-member-role';
import { get } from './get';
import { members } from './members';
import { removeMemberProcedure } from './remove-member';
import { updateSettings } from './update-settings';

export const organizationRouter = router({
  get,
  updateSettings,
  members,
  changeMemberRole: changeMemberRoleProcedure,
  removeMember: removeMemberProcedure,
  auditLog,
});
