import { router } from '../../trpc';
import { confirmSignUp } from './confirm-sign-up';
import { me } from './me';
import { requestPasswordReset } from './request-password-reset';
import { resetPassword } from './reset-password';
import { signIn } from './sign-in';
import { signOut } from './sign-out';
import { signUp } from './sign-up';
import { verifyMfa } from './verify-mfa';

export const authRouter = router({
  me,
  signUp,
  confirmSignUp,
  signIn,
  verifyMfa,
  signOut,
  requestPasswordReset,
  resetPassword,
});
