import { useState } from 'react';
import { useParams } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import { FamilyScreen, FormProblems, SavedNote } from 'Frontend/components/family/FamilyScreen.js';
import { TeamSection } from 'Frontend/components/family/TeamSection.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { errorAt, errorsForForm, submit } from 'Frontend/device/sync.js';

export const config: ViewConfig = {
  title: 'The team',
  loginRequired: true,
};

/** The team around the family, and handing its lead to another practitioner on it. */
export default function TeamView() {
  const { episodeId = '' } = useParams();
  return (
    <FamilyScreen episodeId={episodeId} title="The team">
      {(file) => (
        <div className="family-columns">
          <div className="family-main">
            {file.status === EpisodeStatus.CLOSED ? (
              <section className="family-section">
                <p>This episode is closed: its team no longer changes.</p>
              </section>
            ) : (
              <HandOver file={file} />
            )}
            <section className="family-section" aria-labelledby="add-heading">
              <h2 id="add-heading">Adding someone to the team</h2>
              <p>Adding a practitioner is not on the tablet yet: ask the early help team to add them.</p>
            </section>
          </div>
          <aside className="family-side">
            <TeamSection team={file.team} />
          </aside>
        </div>
      )}
    </FamilyScreen>
  );
}

function HandOver({ file }: { file: CaseFile }) {
  const lead = file.team.find((member) => member.lead);
  const candidates = file.team.filter((member) => member.practitionerId && !member.lead);
  const { values, update, clear } = useDraft(`handover:${file.episodeId}`, { to: '', familyConsulted: false, notes: '' });
  const [problems, setProblems] = useState<{ to?: string; form?: string[] }>({});
  const [saved, setSaved] = useState<'sent' | 'queued'>();
  const to = String(values.to ?? '');

  async function handOver() {
    if (!to) {
      setProblems({ to: 'Choose who takes over the lead.' });
      return;
    }
    const name = file.team.find((member) => member.memberId === to)?.name ?? 'another practitioner';
    const answer = await submit(
      'handOverLead',
      file.episodeId,
      {
        episodeId: file.episodeId,
        toTeamMemberId: to,
        familyConsulted: !!values.familyConsulted,
        notes: String(values.notes ?? '').trim() || undefined,
        requestId: crypto.randomUUID(),
      },
      `Hand the lead to ${name}`,
    );
    if (answer.state === 'refused') {
      setProblems({ to: errorAt(answer.errors, 'toTeamMemberId'), form: errorsForForm(answer.errors, ['toTeamMemberId']) });
      return;
    }
    await clear();
    setSaved(answer.state);
  }

  return (
    <section className="family-section" aria-labelledby="handover-heading">
      <h2 id="handover-heading">Hand over the lead</h2>
      <p>
        {lead ? `${lead.name} leads the team now.` : 'The team has no lead.'} The lead practitioner coordinates the
        plan, chairs the meetings and records the reviews; the new lead, the old one and their managers are told.
      </p>
      {candidates.length === 0 ? (
        <p>There is no other practitioner on the team to hand the lead to.</p>
      ) : (
        <form className="step-form" aria-label="Hand over the lead" onSubmit={(event) => event.preventDefault()}>
          <FormProblems problems={problems.form ?? []} />
          <RadioGroup
            label="Who takes over"
            theme="vertical"
            className="explained-choices"
            value={to}
            errorMessage={problems.to}
            invalid={!!problems.to}
            onValueChanged={(event) => {
              if (event.detail.value !== to) {
                update({ to: event.detail.value });
                setProblems((current) => ({ ...current, to: undefined }));
                setSaved(undefined);
              }
            }}
          >
            {candidates.map((member) => (
              <RadioButton key={member.memberId} value={member.memberId}>
                <label slot="label">
                  <strong>{member.name}</strong>
                  <span className="choice-meaning">
                    {[member.jobTitle, member.agency].filter(Boolean).join(', ') || member.roleDescription || 'Practitioner'}
                  </span>
                </label>
              </RadioButton>
            ))}
          </RadioGroup>
          <Checkbox
            className="big-checkbox"
            label="The family was asked about the change"
            checked={!!values.familyConsulted}
            onCheckedChanged={(event) => {
              if (event.detail.value !== !!values.familyConsulted) {
                update({ familyConsulted: event.detail.value });
              }
            }}
          />
          <TextArea
            label="Notes (optional)"
            helperText="What the new lead should know first"
            value={String(values.notes ?? '')}
            onValueChanged={(event) => update({ notes: event.detail.value })}
          />
          <div className="form-buttons">
            <Button theme="primary" onClick={() => void handOver()}>
              Hand over the lead
            </Button>
          </div>
        </form>
      )}
      <SavedNote state={saved} sent="The lead is handed over." queued="Kept on this tablet: the lead is handed over when there is signal." />
    </section>
  );
}
