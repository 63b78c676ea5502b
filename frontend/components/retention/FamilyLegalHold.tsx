import { useEffect, useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { momentInWords } from 'Frontend/components/family/words.js';
import { HoldReasonForm } from 'Frontend/components/retention/HoldReasonForm.js';
import { RetentionEndpoint } from 'Frontend/generated/endpoints.js';
import type HeldFamily from 'Frontend/generated/org/hearth/retention/HeldFamily.js';

/**
 * The family page's legal hold, for the Early Help team: the hold that stands (why, who set it and when) with a way
 * to release it, or a way to put the family on one. Read from Hearth, so it needs a connection.
 */
export function FamilyLegalHold({ familyId }: { familyId: string }) {
  const [hold, setHold] = useState<HeldFamily | null>();
  const [unreachable, setUnreachable] = useState(false);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string>();

  useEffect(() => {
    let current = true;
    setUnreachable(false);
    RetentionEndpoint.familyHold(familyId).then(
      (found) => current && setHold(found ?? null),
      () => current && setUnreachable(true),
    );
    return () => {
      current = false;
    };
  }, [familyId]);

  return (
    <section className="family-hold" aria-labelledby="family-hold-heading">
      <h2 id="family-hold-heading">Legal hold</h2>
      {done && (
        <p className="message message-info" role="status">
          {done}
        </p>
      )}
      {unreachable ? (
        <p>Hearth cannot be reached, so the family’s legal hold cannot be shown just now.</p>
      ) : hold === undefined ? (
        <p>Reading the family’s legal hold…</p>
      ) : hold ? (
        <>
          <p>
            <strong>On legal hold:</strong> {hold.reason}
          </p>
          <p className="hold-item-who">
            Set by {hold.setByName} on {momentInWords(hold.setAt)}. The family’s records are kept, however long ago
            the last episode closed.
          </p>
        </>
      ) : (
        <p>Not on legal hold: the family’s records are anonymised once the years the policy keeps them after the last episode closes are up.</p>
      )}
      {hold !== undefined &&
        !unreachable &&
        (asking ? (
          hold ? (
            <HoldReasonForm
              label="Why need the records not be kept any more?"
              helper="Kept in the family's audit trail."
              sendLabel="Release legal hold"
              send={(reason, requestId) => RetentionEndpoint.releaseLegalHold({ familyId, reason, requestId })}
              onDone={() => {
                setAsking(false);
                setHold(null);
                setDone('The legal hold is released.');
              }}
              onCancel={() => setAsking(false)}
            />
          ) : (
            <HoldReasonForm
              label="Why must the family’s records be kept?"
              helper="For example a claim, an inquiry or a subject access request in progress."
              sendLabel="Put on legal hold"
              send={(reason, requestId) => RetentionEndpoint.setLegalHold({ familyId, reason, requestId })}
              onDone={(answer) => {
                setAsking(false);
                setHold(answer.hold ?? null);
                setDone('The family is on legal hold.');
              }}
              onCancel={() => setAsking(false)}
            />
          )
        ) : (
          <Button
            onClick={() => {
              setDone(undefined);
              setAsking(true);
            }}
          >
            {hold ? 'Release legal hold' : 'Put on legal hold'}
          </Button>
        ))}
    </section>
  );
}
