import type { ReactNode } from 'react';
import { Button, type ButtonVariant } from '@bunkai/ui';
import { useSignOut } from '../lib/session';

/** Signs out; after the next sign-in the user comes back to `redirectTo`. */
export function SignOutButton({
  redirectTo,
  variant,
  children,
}: {
  redirectTo?: string;
  variant: ButtonVariant;
  children: ReactNode;
}) {
  const signOut = useSignOut(redirectTo);
  return (
    <Button
      variant={variant}
      pending={signOut.isPending}
      onClick={() => {
        signOut.mutate();
      }}
    >
      {children}
    </Button>
  );
}
