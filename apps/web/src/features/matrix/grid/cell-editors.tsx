import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  DUE_DATE_MAX,
  DUE_DATE_MIN,
  isDueDate,
  LIFECYCLE_PHASES,
  MATRIX_OWNER_SIDES,
  MAX_DUTY_LENGTH,
  type EditableField,
} from '@bunkai/model';
import { useMatrixText } from '../labels';
import type { MatrixRow, RowChanges } from '../types';

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
  /** A list of the values, and none (「未設定」) last; `change` is the row change of a pick. */
  const choices = <T extends string>(
    current: T | null,
    values: readonly T[],
    labelOf: (value: T | null) => string,
    change: (value: T | null) => RowChanges,
  ) => (
    <ChoiceEditor
      label={label}
      current={current}
      options={[...values, null].map((value) => ({ value, label: labelOf(value) }))}
      onPick={(value) => {
        onCommit(change(value));
      }}
      onCancel={onCancel}
    />
  );
  switch (field) {
    case 'ownerSide':
      return choices(row.ownerSide, MATRIX_OWNER_SIDES, text.owner, (ownerSide) => ({ ownerSide }));
    case 'phase':
      return choices(row.phase, LIFECYCLE_PHASES, text.phase, (phase) => ({ phase }));
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
          invalidText={t('matrix.dueDateRange', { min: DUE_DATE_MIN, max: DUE_DATE_MAX })}
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

/** Room kept between a popup and the window's edge. */
const EDGE = 8;

/**
 * Where a popup over `cell` goes, in window coordinates: over the cell and down from its top, or,
 * when that would pass the window's bottom, up from the cell's bottom.
 */
function popupPlace(cell: DOMRect, height: number): CSSProperties {
  const below = cell.top + height <= window.innerHeight - EDGE;
  const top = below ? cell.top : Math.max(EDGE, cell.bottom - height);
  return { position: 'fixed', top, left: cell.left, minWidth: cell.width };
}

/**
 * Keeps a popup (rendered in document.body, outside the grid's scrolling box, so its edge cannot
 * clip it) beside the cell holding `anchor`, as the page or the grid scrolls.
 */
function usePopupPlace(
  anchor: RefObject<HTMLElement | null>,
  popup: RefObject<HTMLElement | null>,
) {
  const [place, setPlace] = useState<CSSProperties>({ position: 'fixed', visibility: 'hidden' });
  useLayoutEffect(() => {
    const update = () => {
      const cell = anchor.current?.closest('[role="gridcell"]') ?? anchor.current?.parentElement;
      if (!cell || !popup.current) return;
      setPlace(popupPlace(cell.getBoundingClientRect(), popup.current.offsetHeight));
    };
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [anchor, popup]);
  return place;
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
  const anchor = useRef<HTMLSpanElement>(null);
  const place = usePopupPlace(anchor, ref);
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
  const list = (
    <ul
      ref={ref}
      role="listbox"
      tabIndex={-1}
      aria-label={label}
      aria-activedescendant={`${listId}-${index}`}
      className="bk-mgrid-editor bk-mgrid-listbox bk-mgrid-popup"
      style={place}
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
  // The list is drawn in document.body: the grid's scrolling box would cut off the last rows'.
  return (
    <>
      <span ref={anchor} hidden />
      {createPortal(list, document.body)}
    </>
  );
}

/**
 * What the text and date editors share: the value, saving once (on Enter or on leaving the field)
 * and Escape, which cancels without the grid seeing it.
 */
function useFieldEditor(initial: string, onSave: (value: string) => void, onCancel: () => void) {
  const hintId = useId();
  const [value, setValue] = useState(initial);
  const once = useOnce();
  const save = () => {
    once(() => {
      onSave(value);
    });
  };
  /** `saves`: whether this key is the editor's Enter. */
  const keyDown = (event: KeyboardEvent, saves: boolean) => {
    if (saves) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      once(onCancel);
    }
  };
  const cancel = () => {
    once(onCancel);
  };
  return { hintId, value, setValue, save, cancel, keyDown };
}

/** The editor's box, with its hint under the field. */
function EditorFrame({
  className,
  hint,
  hintId,
  children,
}: {
  className: string;
  hint: string;
  hintId: string;
  children: ReactNode;
}) {
  return (
    <div className={`bk-mgrid-editor ${className}`}>
      {children}
      <p id={hintId} className="bk-mgrid-editor-hint">
        {hint}
      </p>
    </div>
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
  const ref = useRef<HTMLTextAreaElement>(null);
  const editor = useFieldEditor(
    initial,
    (value) => {
      onSave(value.trim());
    },
    onCancel,
  );
  const composition = useComposition();
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);
  return (
    <EditorFrame className="bk-mgrid-texteditor" hint={hint} hintId={editor.hintId}>
      <textarea
        ref={ref}
        aria-label={label}
        aria-describedby={editor.hintId}
        value={editor.value}
        maxLength={MAX_DUTY_LENGTH}
        rows={5}
        {...composition.handlers}
        onChange={(event) => {
          editor.setValue(event.target.value);
        }}
        onBlur={editor.save}
        onKeyDown={(event) => {
          if (composition.isComposing(event)) return;
          editor.keyDown(event, event.key === 'Enter' && !event.shiftKey && !event.altKey);
        }}
      />
    </EditorFrame>
  );
}

/**
 * The due date; an empty field clears it. A value that is no real date in DUE_DATE_MIN..DUE_DATE_MAX is
 * never sent: Enter says so at the field, leaving the field drops it.
 */
function DateEditor({
  label,
  hint,
  invalidText,
  initial,
  onSave,
  onCancel,
}: {
  label: string;
  hint: string;
  invalidText: string;
  initial: string | null;
  onSave: (value: string | null) => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const [invalid, setInvalid] = useState(false);
  const editor = useFieldEditor(
    initial ?? '',
    (value) => {
      onSave(value === '' ? null : value);
    },
    onCancel,
  );
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  /** The browser reports a half-typed or impossible date as '' with badInput set. */
  const acceptable = () => {
    const element = ref.current;
    if (element?.validity.badInput) return false;
    return editor.value === '' || isDueDate(editor.value);
  };
  return (
    <EditorFrame className="bk-mgrid-dateeditor" hint={hint} hintId={editor.hintId}>
      <input
        ref={ref}
        type="date"
        min={DUE_DATE_MIN}
        max={DUE_DATE_MAX}
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${errorId} ${editor.hintId}` : editor.hintId}
        value={editor.value}
        onChange={(event) => {
          setInvalid(false);
          editor.setValue(event.target.value);
        }}
        onBlur={() => {
          if (acceptable()) editor.save();
          else editor.cancel();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !acceptable()) {
            event.preventDefault();
            setInvalid(true);
            return;
          }
          editor.keyDown(event, event.key === 'Enter');
        }}
      />
      {invalid ? (
        <p id={errorId} role="alert" className="bk-mgrid-editor-error">
          {invalidText}
        </p>
      ) : null}
    </EditorFrame>
  );
}
