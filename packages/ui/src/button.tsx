import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** While a request runs: disabled and marked busy. */
  pending?: boolean;
  children: ReactNode;
}

/** A button; `type` defaults to "button" so only submit buttons submit. */
export function Button({
  variant = 'primary',
  pending = false,
  disabled,
  type = 'button',
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={['bk-button', `bk-button-${variant}`, className].filter(Boolean).join(' ')}
      disabled={disabled === true || pending}
      aria-busy={pending || undefined}
    >
      {children}
    </button>
  );
}

/** A row of buttons under a form or in a table cell. */
export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="bk-button-row">{children}</div>;
}
