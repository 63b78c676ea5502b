import { Button } from '@vaadin/react-components/Button.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { BRITISH_DATES } from 'Frontend/components/dates.js';

/** A period of whole days, as ISO dates (the date pickers' values). */
export type Period = { from: string; to: string };

/**
 * Two date pickers and "Show": the period being chosen, shown only when asked for, so that a figure never stands for
 * a period half typed.
 */
export function PeriodForm({
  period,
  onChange,
  onShow,
  fromLabel = 'From',
  toLabel = 'To',
  className = 'oversight-period',
}: {
  period: Period;
  onChange: (period: Period) => void;
  onShow: () => void;
  fromLabel?: string;
  toLabel?: string;
  className?: string;
}) {
  return (
    <form
      className={className}
      aria-label="Period"
      onSubmit={(event) => {
        event.preventDefault();
        onShow();
      }}
    >
      <DatePicker
        label={fromLabel}
        i18n={BRITISH_DATES}
        helperText="Day/month/year"
        value={period.from}
        max={period.to}
        onValueChanged={(event) => onChange({ ...period, from: event.detail.value })}
      />
      <DatePicker
        label={toLabel}
        i18n={BRITISH_DATES}
        helperText="Day/month/year"
        value={period.to}
        min={period.from}
        onValueChanged={(event) => onChange({ ...period, to: event.detail.value })}
      />
      <Button theme="primary" onClick={onShow} disabled={!period.from || !period.to}>
        Show
      </Button>
    </form>
  );
}
