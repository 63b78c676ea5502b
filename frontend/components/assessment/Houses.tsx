// The three houses a child fills in, drawn here so they work without signal. They are decoration: each house's name
// is written beside it, so the pictures need no words of their own.

export type HouseKind = 'worries' | 'goodThings' | 'dreams';

const WALLS: Record<HouseKind, { wall: string; roof: string }> = {
  worries: { wall: '#c9d6e3', roof: '#4f6479' },
  goodThings: { wall: '#fde7a6', roof: '#c0532f' },
  dreams: { wall: '#e3d7f5', roof: '#5b3f8c' },
};

export function House({ kind, className }: { kind: HouseKind; className?: string }) {
  const { wall, roof } = WALLS[kind];
  return (
    <svg className={className} viewBox="0 0 160 130" aria-hidden="true" focusable="false">
      {kind === 'worries' && (
        <g>
          <path
            d="M52 30a14 14 0 0 1 26-7 11 11 0 0 1 19 6 10 10 0 0 1-2 20H56a10 10 0 0 1-4-19z"
            fill="#8a9bb0"
          />
          <path d="M62 54l-3 7M76 54l-3 7M90 54l-3 7" stroke="#4f6479" strokeWidth="3" strokeLinecap="round" />
        </g>
      )}
      {kind === 'goodThings' && (
        <g>
          <circle cx="132" cy="26" r="13" fill="#f5b72a" />
          <path
            d="M132 4v6M132 42v6M110 26h6M148 26h6M116 10l4 4M144 38l4 4M148 10l-4 4M120 38l-4 4"
            stroke="#f5b72a"
            strokeWidth="3"
            strokeLinecap="round"
          />
        </g>
      )}
      {kind === 'dreams' && (
        <g fill="#f5c542">
          <path d="M128 10a14 14 0 1 0 14 20 11 11 0 1 1-14-20z" />
          <path d="M30 14l2.5 5.5 6 .6-4.5 4 1.3 6-5.3-3-5.3 3 1.3-6-4.5-4 6-.6z" />
          <path d="M100 6l1.8 4 4.3.4-3.2 2.9.9 4.2-3.8-2.2-3.8 2.2.9-4.2-3.2-2.9 4.3-.4z" />
        </g>
      )}
      <path d="M20 72 80 30l60 42z" fill={roof} />
      <rect x="32" y="70" width="96" height="56" rx="3" fill={wall} stroke={roof} strokeWidth="3" />
      <rect x="70" y="90" width="22" height="36" rx="2" fill={roof} />
      {kind === 'goodThings' ? (
        <path d="M81 104c-3-4-9-2-8 3 1 3 5 6 8 8 3-2 7-5 8-8 1-5-5-7-8-3z" fill="#fde7a6" />
      ) : (
        <circle cx="87" cy="109" r="2" fill={wall} />
      )}
      <rect x="42" y="82" width="18" height="16" rx="2" fill="#ffffff" stroke={roof} strokeWidth="2.5" />
      <rect x="102" y="82" width="18" height="16" rx="2" fill="#ffffff" stroke={roof} strokeWidth="2.5" />
    </svg>
  );
}
