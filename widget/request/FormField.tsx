import type { InputHTMLAttributes } from 'preact';
import type { ContactField } from '../../src/lead/schema.ts';

/** How each contact field asks the browser to help: autofill token, keyboard and input type. */
const INPUT: Record<ContactField, InputHTMLAttributes<HTMLInputElement>> = {
  firstName: { type: 'text', autocomplete: 'given-name' },
  lastName: { type: 'text', autocomplete: 'family-name' },
  email: { type: 'email', autocomplete: 'email', inputmode: 'email' },
  phone: { type: 'tel', autocomplete: 'tel-national', inputmode: 'tel' },
  postalCode: { type: 'text', autocomplete: 'postal-code', inputmode: 'numeric' },
};

/** One labelled contact input with its error, if any, shown beside it and tied to it for screen readers. */
export function FormField({ id, field, label, error }: { id: string; field: ContactField; label: string; error: string | undefined }) {
  const errorId = `${id}-error`;
  return (
    <div class="sm-request__field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={field}
        {...INPUT[field]}
        required
        aria-invalid={error === undefined ? undefined : 'true'}
        aria-describedby={error === undefined ? undefined : errorId}
      />
      {error !== undefined && (
        <p id={errorId} class="sm-error">
          {error}
        </p>
      )}
    </div>
  );
}
