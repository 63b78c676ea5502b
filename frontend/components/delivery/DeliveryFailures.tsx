import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { momentInWords } from 'Frontend/components/family/words.js';
import { DeliveryEndpoint } from 'Frontend/generated/endpoints.js';
import type DeliveryFailure from 'Frontend/generated/org/hearth/delivery/DeliveryFailure.js';

/**
 * Messages Hearth could not send by e-mail or text (the Early Help team only: DeliveryEndpoint), newest first, for the
 * team to put right (a wrong address, a mail server refusing).
 */
export function DeliveryFailures() {
  const [failures, setFailures] = useState<DeliveryFailure[]>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    DeliveryEndpoint.failures().then(
      (found) => current && setFailures(found),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <section aria-labelledby="deliveries-heading" className="delivery-failures">
      <h2 id="deliveries-heading">Messages that could not be sent</h2>
      {failed ? (
        <p>These need a connection to show.</p>
      ) : !failures ? (
        <p role="status">Loading…</p>
      ) : failures.length === 0 ? (
        <p>Every e-mail and text message was sent (or none is sent: your council has not set that up).</p>
      ) : (
        <div className="table-scroll">
          <table className="retention-table">
            <caption className="visually-hidden">Messages Hearth gave up sending, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Given up</th>
                <th scope="col">For</th>
                <th scope="col">Family</th>
                <th scope="col">What</th>
                <th scope="col">Tries</th>
                <th scope="col">Last error</th>
              </tr>
            </thead>
            <tbody>
              {failures.map((failure) => (
                <tr key={failure.id}>
                  <th scope="row">{momentInWords(failure.failedAt)}</th>
                  <td>
                    {failure.recipient}
                    {failure.familyMember ? ' (family)' : ''}
                  </td>
                  <td>
                    <Link to={`/families/${failure.episodeId}`}>{failure.episodeReference}</Link>
                  </td>
                  <td>{kindInWords(failure.kind)}</td>
                  <td>{failure.attempts}</td>
                  <td className="delivery-error">{failure.lastError ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function kindInWords(kind: string): string {
  const words = kind.replace(/^REMINDER_/, 'reminder: ').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
