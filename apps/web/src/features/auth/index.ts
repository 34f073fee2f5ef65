// The auth feature's public face: what routes mount.
export { ConfirmSignUpPage } from './confirm-sign-up-page';
export { ForgotPasswordPage } from './forgot-password-page';
export { ResetPasswordPage } from './reset-password-page';
export { SignInPage } from './sign-in-page';
export { SignUpPage } from './sign-up-page';
