import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';

ChartJS.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Colours for the series, from the app's palette: each is at least 3:1 against white, as WCAG asks of graphics. */
const COLOURS = ['#1a6474', '#b3261e', '#7a5a00', '#4a5563', '#6b3fa0'];

export type Series = { label: string; values: number[] };

/**
 * A bar chart drawn by Chart.js (bundled, so it works offline), for people who would rather look than read. The
 * canvas is an image named for screen readers; the figures themselves are always in the table it `describes`, so
 * nothing is only in the picture.
 */
export function BarChart({
  title,
  labels,
  series,
  stacked = false,
  max,
  describedBy,
}: {
  title: string;
  labels: string[];
  series: Series[];
  stacked?: boolean;
  max?: number;
  describedBy: string;
}) {
  const height = Math.max(160, 48 + labels.length * (stacked ? 36 : 28 * series.length));
  return (
    <figure className="oversight-chart">
      <figcaption>{title}</figcaption>
      <div style={{ position: 'relative', height }}>
        <Bar
          role="img"
          aria-label={`${title}. The same figures are in the table below.`}
          aria-describedby={describedBy}
          data={{
            labels,
            datasets: series.map((one, index) => ({
              label: one.label,
              data: one.values,
              backgroundColor: COLOURS[index % COLOURS.length],
              borderWidth: 0,
            })),
          }}
          options={{
            indexAxis: 'y',
            maintainAspectRatio: false,
            animation: false,
            responsive: true,
            scales: {
              x: { stacked, beginAtZero: true, max, ticks: { precision: 0, color: '#4a5563' } },
              y: { stacked, ticks: { color: '#1d2733', font: { size: 14 } } },
            },
            plugins: { legend: { position: 'bottom', labels: { color: '#1d2733', font: { size: 14 } } } },
          }}
        />
      </div>
    </figure>
  );
}
