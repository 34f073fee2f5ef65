import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  /** Keep the label for assistive technology but do not show it (e.g. inside a table row). */
  hideLabel?: boolean;
  children: ReactNode;
}

function FieldFrame({ id, label, hint, error, hideLabel, children }: FieldFrameProps) {
  return (
    <div className={`bk-field${error ? ' bk-field-invalid' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'bk-visually-hidden' : undefined}>
        {label}
      </label>
      {children}
      {hint ? (
        <p className="bk-field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="bk-field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

type Common = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  hideLabel?: boolean;
};

export type TextFieldProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
    value: string;
    onChange: (value: string) => void;
  };

/** A labelled text input with an optional hint and the field's error below it. */
export function TextField({
  label,
  hint,
  error,
  hideLabel,
  id,
  value,
  onChange,
  ...rest
}: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <FieldFrame id={inputId} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      <input
        type="text"
        {...rest}
        id={inputId}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
      />
    </FieldFrame>
  );
}

export type TextAreaFieldProps = Common &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function TextAreaField({
  label,
  hint,
  error,
  hideLabel,
  id,
  value,
  onChange,
  ...rest
}: TextAreaFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <FieldFrame id={inputId} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      <textarea
        rows={3}
        {...rest}
        id={inputId}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
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
  label,
  hint,
  error,
  hideLabel,
  id,
  value,
  options,
  onChange,
  placeholder,
  ...rest
}: SelectFieldProps<T>) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <FieldFrame id={inputId} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      <select
        {...rest}
        id={inputId}
        value={value}
        onChange={(event) => {
          const chosen = options.find((o) => o.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
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
      {hint ? (
        <p className="bk-field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="bk-field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
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
      {hint ? (
        <p className="bk-field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
