import { useEffect, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { key, translate, i18n } from '@vaadin/hilla-react-i18n';
import { InfoIcon } from 'Frontend/components/icons.js';
import { FamilyPlanEndpoint } from 'Frontend/generated/endpoints.js';
import { configureFamilyI18n, shownLanguage } from './i18n.js';

/**
 * What a family member sees at a practitioners' family address: their own plan's address takes them to their plan;
 * any other says plainly it is not theirs, and shows nothing of it (the server gives them nothing of it either).
 */
export function NotYourPlan({ episodeId }: { episodeId: string }) {
  const [own, setOwn] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    void configureFamilyI18n();
    FamilyPlanEndpoint.myPlan().then(
      (plan) => setOwn(plan.plan?.episodeId === episodeId),
      () => setOwn(false),
    );
  }, [episodeId]);

  if (own) {
    return <Navigate to="/my-plan" replace />;
  }
  if (own === undefined || !i18n.initialized.value) {
    return null;
  }
  return (
    <section className="my-plan" lang={shownLanguage()} aria-labelledby="not-yours-heading">
      <div className="message message-info">
        <InfoIcon />
        <div>
          <h1 id="not-yours-heading" className="my-plan-not-yours">
            {translate(key`myplan.notYours.heading`)}
          </h1>
          <p>{translate(key`myplan.notYours.text`)}</p>
          <p>
            <Link to="/my-plan" className="button-link my-plan-link">
              {translate(key`myplan.notYours.link`)}
            </Link>
          </p>
        </div>
      </div>
    </section>
  );
}
