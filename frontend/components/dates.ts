import { format, isValid, parse } from 'date-fns';
import type { DatePickerDate, DatePickerI18n } from '@vaadin/react-components/DatePicker.js';

/**
 * Date fields the British way: shown and typed as day/month/year (31/12/2026), weeks from Monday. Vaadin's date
 * picker otherwise reads 1/2/2026 as 2 January.
 */
export const BRITISH_DATES: Partial<DatePickerI18n> = {
  firstDayOfWeek: 1,
  formatDate: (date: DatePickerDate) => format(new Date(date.year, date.month, date.day), 'd/M/yyyy'),
  parseDate: (text: string) => {
    const parsed = parse(text.trim(), 'd/M/yyyy', new Date());
    return isValid(parsed) ? { year: parsed.getFullYear(), month: parsed.getMonth(), day: parsed.getDate() } : undefined;
  },
};
