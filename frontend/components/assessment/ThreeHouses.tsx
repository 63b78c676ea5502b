import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '@vaadin/react-components/Button.js';
import type Member from 'Frontend/generated/org/hearth/casefile/CaseFile/Member.js';
import type Voice from 'Frontend/generated/org/hearth/casefile/CaseFile/Voice.js';
import { useDraft } from 'Frontend/device/drafts.js';
import { House, type HouseKind } from './Houses.js';

/** What a child wrote in each house. */
export type HouseWords = { worries: string; goodThings: string; dreams: string };

const HOUSES: Array<{ kind: HouseKind; name: string; question: string }> = [
  { kind: 'worries', name: 'House of worries', question: 'What worries you?' },
  { kind: 'goodThings', name: 'House of good things', question: 'What is good in your life?' },
  { kind: 'dreams', name: 'House of dreams', question: 'What do you wish for?' },
];

/** The child's draft key: what they write is kept on the tablet as they write it. */
export const voiceDraftKey = (episodeId: string, childId: string) => `voice:${episodeId}:${childId}`;

/** What the houses hold before the child writes anything: what they said last time, if anything. */
export function wordsOf(voice: Voice | undefined): HouseWords {
  return { worries: voice?.worries ?? '', goodThings: voice?.goodThings ?? '', dreams: voice?.dreams ?? '' };
}

/**
 * The screen handed to a child: their three houses in big type and nothing else (no other family member's words, no
 * way to anywhere but back to the worker). It covers the whole app, and the app behind it is made inert, so neither a
 * tap nor a screen reader reaches it.
 */
export function ThreeHouses({
  episodeId,
  child,
  voice,
  onGiveBack,
}: {
  episodeId: string;
  child: Member;
  voice: Voice | undefined;
  onGiveBack: (words: HouseWords) => void;
}) {
  const { values, update, restored } = useDraft<HouseWords>(voiceDraftKey(episodeId, child.personId), wordsOf(voice));
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const shell = document.querySelector('.shell');
    shell?.setAttribute('inert', '');
    shell?.setAttribute('aria-hidden', 'true');
    document.body.classList.add('is-handed-over');
    heading.current?.focus();
    return () => {
      shell?.removeAttribute('inert');
      shell?.removeAttribute('aria-hidden');
      document.body.classList.remove('is-handed-over');
    };
  }, []);

  return createPortal(
    <div className="houses-screen" role="dialog" aria-modal="true" aria-labelledby="houses-heading">
      <h1 id="houses-heading" className="houses-heading" tabIndex={-1} ref={heading}>
        {child.givenName}’s three houses
      </h1>
      <p className="houses-intro">Type it, or tap the microphone on the keyboard and say it. There are no wrong answers.</p>
      <div className="houses">
        {HOUSES.map((house) => (
          <div key={house.kind} className={`house house-${house.kind}`}>
            <House kind={house.kind} className="house-picture" />
            <label className="house-name" htmlFor={`house-${house.kind}`}>
              {house.name}
              <span className="house-question">{house.question}</span>
            </label>
            <textarea
              id={`house-${house.kind}`}
              className="house-words"
              rows={5}
              readOnly={!restored}
              value={values[house.kind]}
              onChange={(event) => update({ [house.kind]: event.target.value })}
            />
          </div>
        ))}
      </div>
      <div className="houses-back">
        <Button theme="primary large" onClick={() => onGiveBack(values)}>
          Give the tablet back
        </Button>
      </div>
    </div>,
    document.body,
  );
}
