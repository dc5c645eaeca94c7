/**
 * Thin React components that render the NL Design System (Utrecht) CSS class names. The React package of the
 * component library is not used; these wrappers keep markup, labels and ARIA wiring in one place.
 */
import { useId, type ButtonHTMLAttributes, type ReactNode } from 'react';

type Variant = 'primary' | 'secondary' | 'subtle';

export function Button({
  variant = 'secondary',
  className,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  const cls = `utrecht-button utrecht-button--${variant === 'subtle' ? 'subtle' : `${variant}-action`}${className ? ` ${className}` : ''}`;
  return <button type={type} className={cls} {...rest} />;
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group">{children}</div>;
}

export function Heading({ level, children, id, tabIndex }: { level: 1 | 2 | 3 | 4; children: ReactNode; id?: string; tabIndex?: number }) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={`utrecht-heading-${level}`} id={id} tabIndex={tabIndex}>
      {children}
    </Tag>
  );
}

export function Paragraph({ children, lead }: { children: ReactNode; lead?: boolean }) {
  return <p className={`utrecht-paragraph${lead ? ' utrecht-paragraph--lead' : ''}`}>{children}</p>;
}

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/** A message box. `role` is `alert` for errors so screen readers announce them at once. */
export function Alert({ type = 'info', children }: { type?: AlertType; children: ReactNode }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={type === 'error' ? 'alert' : undefined}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

interface FieldProps {
  label: string;
  description?: ReactNode;
  error?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** Label, optional description and error message wired to one control. */
export function FormField({ label, description, error, children }: FieldProps) {
  const id = useId();
  const descId = description ? `${id}-uitleg` : undefined;
  const errId = error ? `${id}-fout` : undefined;
  const describedBy = [descId, errId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field__description" id={descId}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errId}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">{children({ id, describedBy, invalid: Boolean(error) })}</div>
    </div>
  );
}

export function TextField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'date';
  autoComplete?: string;
  description?: ReactNode;
  error?: string;
  required?: boolean;
}) {
  const { label, value, onChange, type = 'text', autoComplete, description, error, required } = props;
  return (
    <FormField label={label} description={description} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className={`utrecht-textbox utrecht-textbox--html-input${invalid ? ' utrecht-textbox--invalid' : ''}`}
          type={type}
          value={value}
          autoComplete={autoComplete}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

export function TextArea(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  rows?: number;
  description?: ReactNode;
  error?: string;
}) {
  const { label, value, onChange, rows = 6, description, error } = props;
  return (
    <FormField label={label} description={description} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          className={`utrecht-textarea utrecht-textarea--html-textarea${invalid ? ' utrecht-textarea--invalid' : ''}`}
          rows={rows}
          value={value}
          spellCheck
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

interface Option {
  value: string;
  label: string;
}

export function SelectField(props: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (v: string) => void;
  description?: ReactNode;
}) {
  const { label, value, options, onChange, description } = props;
  return (
    <FormField label={label} description={description}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className="utrecht-select utrecht-select--html-select"
          value={value}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A group of radio buttons with a legend: one question, one answer. */
export function RadioGroup(props: {
  legend: ReactNode;
  name: string;
  value: string | undefined;
  options: readonly (Option & { description?: string })[];
  onChange: (v: string) => void;
  description?: ReactNode;
  disabled?: boolean;
}) {
  const { legend, name, value, options, onChange, description, disabled } = props;
  const id = useId();
  return (
    <fieldset
      disabled={disabled}
      className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"
      aria-describedby={description ? `${id}-uitleg` : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description && (
        <div className="utrecht-form-field-description" id={`${id}-uitleg`}>
          {description}
        </div>
      )}
      {options.map((o) => (
        <div key={o.value} className="utrecht-form-field utrecht-form-field--radio">
          <div className="utrecht-form-field__input">
            <input
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              id={`${id}-${o.value}`}
              name={name}
              value={o.value}
              checked={value === o.value}
              aria-describedby={o.description ? `${id}-${o.value}-uitleg` : undefined}
              onChange={() => onChange(o.value)}
            />
          </div>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-${o.value}`}>
              {o.label}
            </label>
          </div>
          {o.description && (
            <div className="utrecht-form-field__description" id={`${id}-${o.value}-uitleg`}>
              {o.description}
            </div>
          )}
        </div>
      ))}
    </fieldset>
  );
}

export function StatusBadge({ kind, children }: { kind: 'danger' | 'warning' | 'neutral' | 'success'; children: ReactNode }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${kind}`}>{children}</span>;
}

/** A table that may scroll sideways on a phone: the scroll area is a named, keyboard-focusable region. */
export function TabelRegio({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="zv-tabel-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
