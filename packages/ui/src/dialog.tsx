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
  return (
    <Modal title={title} className="bk-dialog" onCancel={onCancel}>
      {children ? <div className="bk-dialog-body">{children}</div> : null}
      <div className="bk-button-row">
        <Button variant={tone} pending={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </Button>
      </div>
    </Modal>
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
  return (
    <Modal title={title} className={`bk-dialog${wide ? ' bk-dialog-wide' : ''}`} onCancel={onClose}>
      <div className="bk-dialog-body">{children}</div>
      {actions ? <div className="bk-button-row">{actions}</div> : null}
    </Modal>
  );
}

/**
 * The modal <dialog> under both: shown on mount and closed on unmount, named by its <h2> title;
 * Escape calls `onCancel` instead of closing it, so the owner decides.
 */
function Modal({
  title,
  className,
  onCancel,
  children,
}: {
  title: ReactNode;
  className: string;
  onCancel: () => void;
  children: ReactNode;
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
      className={className}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
