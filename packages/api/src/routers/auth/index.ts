import { router } from '../../trpc';
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
  signIn,
  verifyMfa,
  signOut,
  requestPasswordReset,
  resetPassword,
});
