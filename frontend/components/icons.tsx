// Small inline icons. They are decoration: the text next to each one carries the meaning.

type IconProps = { className?: string };

export function HearthMark({ className }: IconProps) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M3 10.5 12 3l9 7.5V20a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
      <path
        d="M12 18.2c-1.8 0-3-1.2-3-2.8 0-1.7 1.4-2.7 2-4.2.9 1 1.2 1.8 1.2 2.6.5-.3.9-1 1.1-1.7 1.1 1 1.7 2.1 1.7 3.3 0 1.6-1.2 2.8-3 2.8z"
        fill="currentColor"
      />
    </svg>
  );
}

export function WarningIcon({ className }: IconProps) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 2.8 1.6 20.6h20.8z" fill="currentColor" />
      <path d="M12 9v5.6" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
      <circle cx="12" cy="17.6" r="1.3" fill="#fff" />
    </svg>
  );
}

export function InfoIcon({ className }: IconProps) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" fill="currentColor" />
      <path d="M12 11v6" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
      <circle cx="12" cy="7.5" r="1.3" fill="#fff" />
    </svg>
  );
}
