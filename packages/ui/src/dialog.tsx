import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './button';

/**
 * Asks before a destructive action. A modal <dialog>: Escape or the cancel button closes it.
 * Render it only while open.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  pending = false,
  tone = 'danger',
}: {
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  tone?: 'danger' | 'primary';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="bk-dialog"
      aria-labelledby="bk-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="bk-dialog-title">{title}</h2>
      {children ? <div className="bk-dialog-body">{children}</div> : null}
      <div className="bk-button-row">
        <Button variant={tone} pending={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </Button>
      </div>
    </dialog>
  );
}

/**
 * A modal <dialog> with any content (a form, a comparison). Escape closes it through `onClose`.
 * Render it only while open; `actions` are the buttons at the bottom.
 */
export function Dialog({
  title,
  children,
  actions,
  onClose,
  wide = false,
}: {
  title: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  onClose: () => void;
  /** For comparisons and longer forms. */
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`bk-dialog${wide ? ' bk-dialog-wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="bk-dialog-body">{children}</div>
      {actions ? <div className="bk-button-row">{actions}</div> : null}
    </dialog>
  );
}
