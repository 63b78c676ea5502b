import { useState } from 'react';
import { useParams } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { FamilyScreen, FormProblems } from 'Frontend/components/family/FamilyScreen.js';
import {
  NoSignalForReferral,
  ReferralFields,
  referralProblems,
  ReferralRecorded,
  sendReferral,
  splitErrors,
  type FieldProblems,
} from 'Frontend/components/safeguarding/Referral.js';
import { useDraft } from 'Frontend/device/drafts.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type SafeguardingReferral from 'Frontend/generated/org/hearth/safeguarding/SafeguardingReferral.js';

export const config: ViewConfig = {
  title: 'Safeguarding referral',
  loginRequired: true,
};

/**
 * Keeping a decision to refer this family to children's social care for risk of significant harm: the concern and
 * social care's reference. Needs signal (it is recorded straight away, not queued); the lead and the lead's manager
 * are told by the server.
 */
export default function SafeguardingView() {
  const { episodeId = '' } = useParams();
  return (
    <FamilyScreen episodeId={episodeId} title="Record a safeguarding referral">
      {(file) => <ReferralForm file={file} />}
    </FamilyScreen>
  );
}

function ReferralForm({ file }: { file: CaseFile }) {
  const { values, update, clear } = useDraft(`safeguarding:${file.episodeId}`, {
    referralId: '',
    reason: '',
    socialCareReference: '',
  });
  const [problems, setProblems] = useState<FieldProblems>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [offline, setOffline] = useState(false);
  const [busy, setBusy] = useState(false);
  const [recorded, setRecorded] = useState<SafeguardingReferral>();

  async function send() {
    const found = referralProblems(values);
    setProblems(found);
    setErrors([]);
    setOffline(false);
    if (Object.values(found).some(Boolean)) {
      return;
    }
    const id = values.referralId || crypto.randomUUID();
    if (!values.referralId) {
      update({ referralId: id });
    }
    setBusy(true);
    try {
      const outcome = await sendReferral({
        id,
        familyId: file.familyId,
        episodeId: file.episodeId,
        reason: values.reason.trim(),
        socialCareReference: values.socialCareReference.trim() || undefined,
      });
      if (outcome.kind === 'offline') {
        setOffline(true);
      } else if (outcome.kind === 'refused') {
        const { at, rest } = splitErrors(outcome.errors, ['reason', 'socialCareReference']);
        setProblems(at);
        setErrors(rest);
      } else {
        await clear();
        setRecorded(outcome.referral);
      }
    } finally {
      setBusy(false);
    }
  }

  if (recorded) {
    return (
      <ReferralRecorded referral={recorded}>
        <p>The family’s lead and the lead’s manager are told.</p>
      </ReferralRecorded>
    );
  }
  return (
    <section className="family-section" aria-labelledby="referral-heading">
      <h2 id="referral-heading">The concern</h2>
      <p>
        When a child is at risk of significant harm, children’s social care decides what happens next, whatever the
        family agreed to. Keep here that you referred the family, and why.
      </p>
      <FormProblems problems={errors} />
      <form
        className="request-form referral-form"
        aria-label="Record a safeguarding referral"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <ReferralFields values={values} problems={problems} onChange={update} />
        <div className="form-buttons">
          <Button theme="primary error" disabled={busy} onClick={() => void send()}>
            Record the referral
          </Button>
        </div>
        {offline && <NoSignalForReferral button="Record the referral" />}
      </form>
    </section>
  );
}
