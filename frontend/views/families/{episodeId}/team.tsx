import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { ComboBox } from '@vaadin/react-components/ComboBox.js';
import { ConfirmDialog } from '@vaadin/react-components/ConfirmDialog.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import type TeamMember from 'Frontend/generated/org/hearth/casefile/CaseFile/TeamMember.js';
import { TeamEndpoint } from 'Frontend/generated/endpoints.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import { FamilyScreen, FormProblems, SavedNote } from 'Frontend/components/family/FamilyScreen.js';
import { TeamSection } from 'Frontend/components/family/TeamSection.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { rememberPractitioners } from 'Frontend/device/kinds/team.js';
import { errorAt, errorsForForm, submit } from 'Frontend/device/sync.js';

export const config: ViewConfig = {
  title: 'The team',
  loginRequired: true,
};

/** The team around the family: handing its lead to another practitioner on it, taking someone off, adding a family member. */
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
              <>
                <HandOver file={file} />
                <ChangeTeam file={file} />
                <AddFamilyMember file={file} />
                <AddPractitioner file={file} />
              </>
            )}
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

function memberWords(member: TeamMember) {
  return [member.jobTitle, member.agency].filter(Boolean).join(', ') || member.roleDescription || (member.personId ? 'Family member' : 'Practitioner');
}

/** Taking someone off the team, confirmed first; the lead leaves only once the lead is handed over. */
function ChangeTeam({ file }: { file: CaseFile }) {
  const [removing, setRemoving] = useState<TeamMember>();
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<{ state: 'sent' | 'queued'; name: string }>();

  async function remove(member: TeamMember) {
    setRemoving(undefined);
    setProblems([]);
    const answer = await submit(
      'removeTeamMember',
      file.episodeId,
      { teamMemberId: member.memberId, requestId: crypto.randomUUID() },
      `${member.name} taken off the team`,
    );
    if (answer.state === 'refused') {
      setProblems(errorsForForm(answer.errors, []));
      return;
    }
    setSaved({ state: answer.state, name: member.name });
  }

  return (
    <section className="family-section" aria-labelledby="change-team-heading">
      <h2 id="change-team-heading">Remove from the team</h2>
      <p>
        Their place on the team ends today; what they recorded is kept. A practitioner taken off is told. To take the
        lead off, hand the lead to someone else first.
      </p>
      <FormProblems problems={problems} />
      <ul className="team-change-list">
        {file.team.map((member) => (
          <li key={member.memberId} className="team-change">
            <p className="team-name">
              {member.name}
              {member.lead && <span className="tag">Lead</span>}
            </p>
            <p className="team-role">{memberWords(member)}</p>
            {!member.lead && (
              <Button theme="error" aria-label={`Remove from the team: ${member.name}`} onClick={() => setRemoving(member)}>
                Remove from the team
              </Button>
            )}
          </li>
        ))}
      </ul>
      <SavedNote
        state={saved?.state}
        sent={`${saved?.name ?? 'They'} is off the team.`}
        queued={`Kept on this tablet: ${saved?.name ?? 'they'} comes off the team when there is signal.`}
      />
      <ConfirmDialog
        header={`Remove ${removing?.name ?? ''} from the team?`}
        opened={!!removing}
        cancelButtonVisible
        cancelText="Go back"
        confirmText="Remove from the team"
        confirmTheme="error primary"
        onCancel={() => setRemoving(undefined)}
        onReject={() => setRemoving(undefined)}
        onConfirm={() => removing && void remove(removing)}
      >
        Their place on the team ends today. Nothing they recorded is deleted.
        {removing?.practitionerId ? ' They are told.' : ''}
      </ConfirmDialog>
    </section>
  );
}

/** A family member joining the team, with their part in it. */
function AddFamilyMember({ file }: { file: CaseFile }) {
  const onTeam = new Set(file.team.map((member) => member.personId).filter(Boolean));
  const candidates = file.members.filter((member) => !onTeam.has(member.personId));
  const { values, update, clear } = useDraft(`add-family-member:${file.episodeId}`, { personId: '', roleDescription: '' });
  const [problems, setProblems] = useState<{ personId?: string; roleDescription?: string; form?: string[] }>({});
  const [saved, setSaved] = useState<'sent' | 'queued'>();
  const personId = String(values.personId ?? '');
  const roleDescription = String(values.roleDescription ?? '');

  async function add() {
    if (!personId) {
      setProblems({ personId: 'Choose who joins the team.' });
      return;
    }
    const person = file.members.find((member) => member.personId === personId);
    const answer = await submit(
      'addTeamMember',
      file.episodeId,
      { id: crypto.randomUUID(), episodeId: file.episodeId, personId, roleDescription: roleDescription.trim() || undefined },
      `${person ? `${person.givenName} ${person.familyName}` : 'A family member'} joins the team`,
    );
    if (answer.state === 'refused') {
      setProblems({
        personId: errorAt(answer.errors, 'personId'),
        roleDescription: errorAt(answer.errors, 'roleDescription'),
        form: errorsForForm(answer.errors, ['personId', 'roleDescription']),
      });
      return;
    }
    await clear();
    setProblems({});
    setSaved(answer.state);
  }

  return (
    <section className="family-section" aria-labelledby="add-family-heading">
      <h2 id="add-family-heading">Add a family member to the team</h2>
      {candidates.length === 0 ? (
        <p>Everyone in the family is on the team already.</p>
      ) : (
        <form className="step-form" aria-label="Add a family member to the team" onSubmit={(event) => event.preventDefault()}>
          <FormProblems problems={problems.form ?? []} />
          <Select
            label="Who joins the team"
            items={candidates.map((member) => ({ label: `${member.givenName} ${member.familyName}`, value: member.personId }))}
            value={personId}
            errorMessage={problems.personId}
            invalid={!!problems.personId}
            onValueChanged={(event) => {
              if (event.detail.value !== personId) {
                update({ personId: event.detail.value });
                setProblems((current) => ({ ...current, personId: undefined }));
                setSaved(undefined);
              }
            }}
          />
          <TextField
            label="Their part in the team"
            helperText="For example: Mum, comes to every meeting"
            value={roleDescription}
            errorMessage={problems.roleDescription}
            invalid={!!problems.roleDescription}
            onValueChanged={(event) => update({ roleDescription: event.detail.value })}
          />
          <div className="form-buttons">
            <Button theme="primary" onClick={() => void add()}>
              Add to the team
            </Button>
          </div>
        </form>
      )}
      <SavedNote state={saved} sent="Added to the team." queued="Kept on this tablet: they join the team when there is signal." />
    </section>
  );
}

type Found = { label: string; value: string };

/**
 * A practitioner joining the team, found in the directory by name or agency (that needs signal), with their part in
 * the team. The server says if they are on the team already or the family's consent leaves their agency out.
 */
function AddPractitioner({ file }: { file: CaseFile }) {
  const { values, update, clear } = useDraft(`add-practitioner:${file.episodeId}`, { practitionerId: '', label: '', roleDescription: '' });
  const [problems, setProblems] = useState<{ practitionerId?: string; roleDescription?: string; form?: string[] }>({});
  const [saved, setSaved] = useState<'sent' | 'queued'>();
  const [unreachable, setUnreachable] = useState(false);
  const practitionerId = String(values.practitionerId ?? '');
  const label = String(values.label ?? '');
  const roleDescription = String(values.roleDescription ?? '');
  const teamKey = file.team.map((member) => member.practitionerId ?? '').join(' ');
  // The same function while the team is the same: the combo box asks again whenever it changes.
  const findPractitioners = useCallback(
    (
      { filter, page }: { filter: string; page: number },
      callback: (items: Found[], size: number) => void,
    ) => {
      if (page > 0 || filter.trim().length < 2) {
        callback([], 0);
        return;
      }
      const onTeam = new Set(teamKey.split(' ').filter(Boolean));
      TeamEndpoint.findPractitioners(filter)
        .then((found) => {
          setUnreachable(false);
          rememberPractitioners(found);
          const items = found
            .filter((match) => !onTeam.has(match.practitionerId))
            .map((match) => ({
              label: `${match.name}, ${[match.jobTitle, match.agency].filter(Boolean).join(', ')}`,
              value: match.practitionerId,
            }));
          callback(items, items.length);
        })
        .catch(() => {
          setUnreachable(true);
          callback([], 0);
        });
    },
    [teamKey],
  );

  async function add() {
    if (!practitionerId) {
      setProblems({ practitionerId: 'Find the practitioner who joins the team.' });
      return;
    }
    const answer = await submit(
      'addTeamMember',
      file.episodeId,
      { id: crypto.randomUUID(), episodeId: file.episodeId, practitionerId, roleDescription: roleDescription.trim() || undefined },
      `${label || 'A practitioner'} joins the team`,
    );
    if (answer.state === 'refused') {
      setProblems({
        practitionerId: errorAt(answer.errors, 'practitionerId'),
        roleDescription: errorAt(answer.errors, 'roleDescription'),
        form: errorsForForm(answer.errors, ['practitionerId', 'roleDescription']),
      });
      return;
    }
    await clear();
    setProblems({});
    setSaved(answer.state);
  }

  return (
    <section className="family-section" aria-labelledby="add-practitioner-heading">
      <h2 id="add-practitioner-heading">Add a practitioner</h2>
      <form className="step-form" aria-label="Add a practitioner to the team" onSubmit={(event) => event.preventDefault()}>
        <FormProblems problems={problems.form ?? []} />
        <ComboBox<Found>
          label="Who joins the team"
          helperText={
            unreachable
              ? 'Finding a practitioner needs signal: try again when there is some.'
              : 'Type at least two letters of their name or their agency'
          }
          itemLabelPath="label"
          itemValuePath="value"
          selectedItem={practitionerId ? { label, value: practitionerId } : undefined}
          errorMessage={problems.practitionerId}
          invalid={!!problems.practitionerId}
          dataProvider={findPractitioners}
          onSelectedItemChanged={(event) => {
            const item = event.detail.value;
            if ((item?.value ?? '') !== practitionerId) {
              update({ practitionerId: item?.value ?? '', label: item?.label ?? '' });
              setProblems((current) => ({ ...current, practitionerId: undefined }));
              setSaved(undefined);
            }
          }}
        />
        <TextField
          label="Their part in the team"
          helperText="For example: school nurse, sees Finn weekly"
          value={roleDescription}
          errorMessage={problems.roleDescription}
          invalid={!!problems.roleDescription}
          onValueChanged={(event) => update({ roleDescription: event.detail.value })}
        />
        <div className="form-buttons">
          <Button theme="primary" onClick={() => void add()}>
            Add the practitioner
          </Button>
        </div>
      </form>
      <SavedNote state={saved} sent="Added to the team; they are told." queued="Kept on this tablet: they join the team when there is signal." />
    </section>
  );
}
