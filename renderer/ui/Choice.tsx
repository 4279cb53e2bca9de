interface ChoiceProps<V extends string> {
  label: string;
  /** Show the label above the select; otherwise it is for screen readers only (compact rows). */
  visibleLabel?: boolean;
  value: V | '';
  options: readonly { value: V; label: string }[];
  /** A first option that means "none" or "pick one…". */
  empty?: string;
  onChange(value: V | ''): void;
  className?: string;
}

/** A labelled select for the compact places (rows, filters, pickers); forms use SelectField. */
export function Choice<V extends string>({ label, visibleLabel = false, value, options, empty, onChange, className }: ChoiceProps<V>) {
  return (
    <label className={className}>
      {visibleLabel ? label : <span className="visually-hidden">{label}</span>}
      {/* Named explicitly: a label around a select would otherwise also read out the chosen value. */}
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as V | '')}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
