import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatrixText } from './labels';
import {
  MATRIX_OWNERS,
  MATRIX_PHASES,
  type EditableField,
  type MatrixRow,
  type RowChanges,
} from './types';

interface EditorProps {
  row: MatrixRow;
  field: EditableField;
  /** Accessible name, e.g. 「A-1：責任主体」. */
  label: string;
  onCommit: (changes: RowChanges) => void;
  onCancel: () => void;
}

/** The editor of one cell, shown over it: Enter commits, Escape cancels. */
export function CellEditor({ row, field, label, onCommit, onCancel }: EditorProps) {
  const { t } = useTranslation();
  const text = useMatrixText();
  switch (field) {
    case 'ownerSide':
      return (
        <ChoiceEditor
          label={label}
          current={row.ownerSide}
          options={[...MATRIX_OWNERS, null].map((value) => ({ value, label: text.owner(value) }))}
          onPick={(ownerSide) => {
            onCommit({ ownerSide });
          }}
          onCancel={onCancel}
        />
      );
    case 'phase':
      return (
        <ChoiceEditor
          label={label}
          current={row.phase}
          options={[...MATRIX_PHASES, null].map((value) => ({ value, label: text.phase(value) }))}
          onPick={(phase) => {
            onCommit({ phase });
          }}
          onCancel={onCancel}
        />
      );
    case 'hospitalDuty':
    case 'vendorDuty':
      return (
        <TextEditor
          label={label}
          hint={t('matrix.grid.textEditHint')}
          initial={row[field]}
          onSave={(value) => {
            onCommit(field === 'hospitalDuty' ? { hospitalDuty: value } : { vendorDuty: value });
          }}
          onCancel={onCancel}
        />
      );
    case 'dueDate':
      return (
        <DateEditor
          label={label}
          hint={t('matrix.grid.editHint')}
          initial={row.dueDate}
          onSave={(dueDate) => {
            onCommit({ dueDate });
          }}
          onCancel={onCancel}
        />
      );
  }
}

/**
 * Commits or cancels once: the editor also loses focus when it closes, which must not count as
 * a second commit.
 */
function useOnce() {
  const done = useRef(false);
  return (action: () => void) => {
    if (done.current) return;
    done.current = true;
    action();
  };
}

/**
 * Japanese input: Enter first confirms the IME conversion. Safari reports that keydown after
 * compositionend, so the flag is cleared a tick later.
 */
function useComposition() {
  const composing = useRef(false);
  return {
    isComposing: (event: KeyboardEvent) => event.nativeEvent.isComposing || composing.current,
    handlers: {
      onCompositionStart: () => {
        composing.current = true;
      },
      onCompositionEnd: () => {
        setTimeout(() => {
          composing.current = false;
        }, 0);
      },
    },
  };
}

/** A list of choices (owner side, phase): arrows move, Enter or a click chooses. */
function ChoiceEditor<T extends string>({
  label,
  current,
  options,
  onPick,
  onCancel,
}: {
  label: string;
  current: T | null;
  options: { value: T | null; label: string }[];
  onPick: (value: T | null) => void;
  onCancel: () => void;
}) {
  const listId = useId();
  const ref = useRef<HTMLUListElement>(null);
  const once = useOnce();
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      options.findIndex((option) => option.value === current),
    ),
  );
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  const pick = (value: T | null) => {
    once(() => {
      onPick(value);
    });
  };
  const cancel = () => {
    once(onCancel);
  };
  return (
    <ul
      ref={ref}
      role="listbox"
      tabIndex={-1}
      aria-label={label}
      aria-activedescendant={`${listId}-${index}`}
      className="bk-mgrid-editor bk-mgrid-listbox"
      onBlur={cancel}
      onKeyDown={(event) => {
        const last = options.length - 1;
        if (event.key === 'ArrowDown') setIndex(Math.min(last, index + 1));
        else if (event.key === 'ArrowUp') setIndex(Math.max(0, index - 1));
        else if (event.key === 'Home') setIndex(0);
        else if (event.key === 'End') setIndex(last);
        else if (event.key === 'Enter' || event.key === ' ') {
          const option = options[index];
          if (option) pick(option.value);
        } else if (event.key === 'Escape') cancel();
        else return;
        event.preventDefault();
        event.stopPropagation();
      }}
    >
      {options.map((option, i) => (
        <li
          key={option.value ?? 'none'}
          id={`${listId}-${i}`}
          role="option"
          aria-selected={i === index}
          className={option.value === current ? 'is-current' : undefined}
          // Keep the focus in the list so the click is not taken for leaving it.
          onMouseDown={(event) => {
            event.preventDefault();
          }}
          onClick={() => {
            pick(option.value);
          }}
        >
          {option.label}
        </li>
      ))}
    </ul>
  );
}

/** The duties: Enter saves, Shift+Enter starts a new line; leaving the field saves too. */
function TextEditor({
  label,
  hint,
  initial,
  onSave,
  onCancel,
}: {
  label: string;
  hint: string;
  initial: string;
  onSave: (value: string) => void;
  onCancel: () => void;
}) {
  const hintId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(initial);
  const once = useOnce();
  const composition = useComposition();
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);
  const save = () => {
    once(() => {
      onSave(value.trim());
    });
  };
  return (
    <div className="bk-mgrid-editor bk-mgrid-texteditor">
      <textarea
        ref={ref}
        aria-label={label}
        aria-describedby={hintId}
        value={value}
        maxLength={4000}
        rows={5}
        {...composition.handlers}
        onChange={(event) => {
          setValue(event.target.value);
        }}
        onBlur={save}
        onKeyDown={(event) => {
          if (composition.isComposing(event)) return;
          if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
            event.preventDefault();
            save();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            once(onCancel);
          }
        }}
      />
      <p id={hintId} className="bk-mgrid-editor-hint">
        {hint}
      </p>
    </div>
  );
}

/** The due date; an empty field clears it. */
function DateEditor({
  label,
  hint,
  initial,
  onSave,
  onCancel,
}: {
  label: string;
  hint: string;
  initial: string | null;
  onSave: (value: string | null) => void;
  onCancel: () => void;
}) {
  const hintId = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initial ?? '');
  const once = useOnce();
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  const save = () => {
    once(() => {
      onSave(value === '' ? null : value);
    });
  };
  return (
    <div className="bk-mgrid-editor bk-mgrid-dateeditor">
      <input
        ref={ref}
        type="date"
        aria-label={label}
        aria-describedby={hintId}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
        }}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            save();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            once(onCancel);
          }
        }}
      />
      <p id={hintId} className="bk-mgrid-editor-hint">
        {hint}
      </p>
    </div>
  );
}
