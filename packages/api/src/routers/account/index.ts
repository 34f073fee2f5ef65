import { router } from '../../trpc';
import { changePassword } from './change-password';
import { confirmMfaEnrolment } from './confirm-mfa-enrolment';
import { organizations } from './organizations';
import { sessions } from './sessions';
import { signOutOthers } from './sign-out-others';
import { startMfaEnrolment } from './start-mfa-enrolment';
import { switchOrganization } from './switch-organization';

export const accountRouter = router({
  sessions,
  signOutOthers,
  changePassword,
  startMfaEnrolment,
  confirmMfaEnrolment,
  organizations,
  switchOrganization,
});
