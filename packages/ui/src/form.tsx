import type { ReactNode } from 'react';
import { Button, ButtonRow } from './button';

/**
 * A form that never reloads the page. Browser validation is off so that the server's messages
 * (in the user's language) are the ones shown.
 */
export function Form({
  onSubmit,
  label,
  children,
}: {
  onSubmit: () => void;
  /** Accessible name; makes the form a landmark tests and screen readers can find. */
  label?: string;
  children: ReactNode;
}) {
  return (
    <form
      className="bk-form"
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** The error of a whole form (or page), announced to screen readers; nothing when empty. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="bk-notice bk-notice-error bk-form-error" role="alert">
      {message}
    </p>
  );
}

/** The buttons under a form: its submit button first, then any others (cancel, a link). */
export function SubmitRow({
  label,
  pending,
  disabled,
  children,
}: {
  label: ReactNode;
  /** The form's request is running. */
  pending: boolean;
  disabled?: boolean;
  children?: ReactNode;
}) {
  return (
    <ButtonRow>
      <Button type="submit" pending={pending} disabled={disabled}>
        {label}
      </Button>
      {children}
    </ButtonRow>
  );
}
