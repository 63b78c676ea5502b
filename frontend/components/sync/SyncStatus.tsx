import { Link } from 'react-router';
import { useChanges, useConnection } from 'Frontend/device/hooks.js';

/** How many changes wait to be sent, how many need the worker, or that everything is saved: always in view. */
export function SyncStatus() {
  const changes = useChanges();
  const connection = useConnection();
  const decide = changes.filter((change) => change.state !== 'waiting').length;
  const waiting = changes.length - decide;

  let words: string;
  let tone: 'saved' | 'waiting' | 'attention';
  if (decide > 0) {
    words = decide === 1 ? '1 needs your decision' : `${decide} need your decision`;
    tone = 'attention';
  } else if (connection === 'signed-out' && waiting > 0) {
    words = `Sign in again to send ${waiting === 1 ? '1 change' : `${waiting} changes`}`;
    tone = 'attention';
  } else if (waiting > 0) {
    words = waiting === 1 ? '1 change waiting' : `${waiting} changes waiting`;
    tone = 'waiting';
  } else {
    words = 'All saved';
    tone = 'saved';
  }
  return (
    <Link to="/changes" className={`sync-status is-${tone}`} aria-live="polite">
      {connection === 'offline' && <span className="sync-offline">Offline · </span>}
      {words}
    </Link>
  );
}
