import {
  useId,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

type Common = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  /** Keep the label for assistive technology but do not show it (e.g. inside a table row). */
  hideLabel?: boolean;
};

/** The hint or the error under a field, named by the control's `aria-describedby`. */
function FieldNote({
  fieldId,
  kind,
  children,
}: {
  fieldId: string;
  kind: 'hint' | 'error';
  children: ReactNode;
}) {
  return children ? (
    <p className={`bk-field-${kind}`} id={`${fieldId}-${kind}`}>
      {children}
    </p>
  ) : null;
}

function FieldFrame({
  id,
  label,
  hint,
  error,
  hideLabel,
  children,
}: Common & { id: string; children: ReactNode }) {
  return (
    <div className={`bk-field${error ? ' bk-field-invalid' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'bk-visually-hidden' : undefined}>
        {label}
      </label>
      {children}
      <FieldNote fieldId={id} kind="hint">
        {hint}
      </FieldNote>
      <FieldNote fieldId={id} kind="error">
        {error}
      </FieldNote>
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * Splits a field's props into its frame (label, hint, error) and its control's attributes: the
 * rest, with the id (given or generated) and the ARIA state that ties the two together.
 */
function useLabelledControl<Rest>({
  label,
  hint,
  error,
  hideLabel,
  id,
  ...rest
}: Common & { id?: string } & Rest) {
  const generated = useId();
  const controlId = id ?? generated;
  return {
    frame: { id: controlId, label, hint, error, hideLabel },
    control: {
      ...rest,
      id: controlId,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(controlId, hint, error),
    },
  };
}

interface TextValue {
  value: string;
  onChange: (value: string) => void;
}

/** The change handler of a text control: passes its new text on. */
function onText(onChange: TextValue['onChange']) {
  return (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    onChange(event.target.value);
  };
}

export type TextFieldProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> &
  TextValue;

/** A labelled text input with an optional hint and the field's error below it. */
export function TextField({ value, onChange, ...props }: TextFieldProps) {
  const { frame, control } = useLabelledControl(props);
  return (
    <FieldFrame {...frame}>
      <input type="text" {...control} value={value} onChange={onText(onChange)} />
    </FieldFrame>
  );
}

export type TextAreaFieldProps = Common &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> &
  TextValue;

export function TextAreaField({ value, onChange, ...props }: TextAreaFieldProps) {
  const { frame, control } = useLabelledControl(props);
  return (
    <FieldFrame {...frame}>
      <textarea rows={3} {...control} value={value} onChange={onText(onChange)} />
    </FieldFrame>
  );
}

export type FileFieldProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'> & {
    onChange: (file: File | null) => void;
  };

/** A labelled file input (one file); `accept` names the extensions offered. */
export function FileField({ onChange, ...props }: FileFieldProps) {
  const { frame, control } = useLabelledControl(props);
  return (
    <FieldFrame {...frame}>
      <input
        type="file"
        {...control}
        onChange={(event) => {
          onChange(event.target.files?.[0] ?? null);
        }}
      />
    </FieldFrame>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
}

export type SelectFieldProps<T extends string> = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
    value: T | '';
    options: readonly Option<T>[];
    onChange: (value: T) => void;
    /** A first, empty choice such as "選択してください". */
    placeholder?: string;
  };

export function SelectField<T extends string>({
  value,
  options,
  onChange,
  placeholder,
  ...props
}: SelectFieldProps<T>) {
  const { frame, control } = useLabelledControl(props);
  return (
    <FieldFrame {...frame}>
      <select
        {...control}
        value={value}
        onChange={(event) => {
          const chosen = options.find((o) => o.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {placeholder !== undefined ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface ChoiceGroupFrameProps {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  children: ReactNode;
}

function ChoiceGroupFrame({ legend, hint, error, children }: ChoiceGroupFrameProps) {
  const id = useId();
  return (
    <fieldset
      className={`bk-field bk-choices${error ? ' bk-field-invalid' : ''}`}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>{legend}</legend>
      <FieldNote fieldId={id} kind="hint">
        {hint}
      </FieldNote>
      {children}
      <FieldNote fieldId={id} kind="error">
        {error}
      </FieldNote>
    </fieldset>
  );
}

/** Several checkboxes under one legend (e.g. the systems of an invitation). */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  error,
  options,
  values,
  onChange,
  disabled,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  options: readonly Option<T>[];
  values: readonly T[];
  onChange: (values: T[]) => void;
  disabled?: boolean;
}) {
  return (
    <ChoiceGroupFrame legend={legend} hint={hint} error={error}>
      {options.map((option) => (
        <label key={option.value} className="bk-choice">
          <input
            type="checkbox"
            checked={values.includes(option.value)}
            disabled={disabled}
            onChange={(event) => {
              onChange(
                event.target.checked
                  ? [...values, option.value]
                  : values.filter((v) => v !== option.value),
              );
            }}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </ChoiceGroupFrame>
  );
}

/** Radio buttons under one legend; an option may carry extra content shown when chosen. */
export function RadioGroup<T extends string>({
  legend,
  hint,
  error,
  name,
  options,
  value,
  onChange,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  name: string;
  options: readonly (Option<T> & { detail?: ReactNode })[];
  value: T | '';
  onChange: (value: T) => void;
}) {
  return (
    <ChoiceGroupFrame legend={legend} hint={hint} error={error}>
      {options.map((option) => (
        <div key={option.value} className="bk-choice-block">
          <label className="bk-choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => {
                onChange(option.value);
              }}
            />
            <span>{option.label}</span>
          </label>
          {value === option.value && option.detail ? (
            <div className="bk-choice-detail">{option.detail}</div>
          ) : null}
        </div>
      ))}
    </ChoiceGroupFrame>
  );
}

/** One labelled checkbox (a yes/no setting). */
export function CheckboxField({
  label,
  hint,
  checked,
  onChange,
  disabled,
}: {
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="bk-field">
      <label className="bk-choice" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => {
            onChange(event.target.checked);
          }}
        />
        <span>{label}</span>
      </label>
      <FieldNote fieldId={id} kind="hint">
        {hint}
      </FieldNote>
    </div>
  );
}
