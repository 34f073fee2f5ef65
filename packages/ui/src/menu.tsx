import { useEffect, useId, useRef, useState } from 'react';
import { Button, type ButtonVariant } from './button';

export interface MenuItem {
  key: string;
  label: string;
  onSelect: () => void;
}

/**
 * A button that shows a short list of choices below it (a disclosure, e.g. export formats).
 * Escape or a click elsewhere closes it; choosing an item closes it too.
 */
export function MenuButton({
  label,
  accessibleLabel,
  items,
  variant = 'secondary',
  pending = false,
}: {
  label: string;
  /** A longer name for assistive technology, e.g. including the row it acts on. */
  accessibleLabel?: string;
  items: readonly MenuItem[];
  variant?: ButtonVariant;
  pending?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const listId = useId();
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="bk-menu" ref={ref}>
      <Button
        variant={variant}
        pending={pending}
        aria-label={accessibleLabel}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </Button>
      <ul className="bk-menu-list" id={listId} hidden={!open}>
        {items.map((item) => (
          <li key={item.key}>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
