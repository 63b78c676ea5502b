import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ViewConfig } from '@vaadin/hilla-file-router/types.js';
import { Button } from '@vaadin/react-components/Button.js';
import { momentInWords } from 'Frontend/components/family/words.js';
import { InfoIcon } from 'Frontend/components/icons.js';
import { RemindersSwitch } from 'Frontend/components/RemindersSwitch.js';
import { CouldNotLoad, Loading } from 'Frontend/components/status.js';
import { NotificationEndpoint } from 'Frontend/generated/endpoints.js';
import type Notification from 'Frontend/generated/org/hearth/notification/Notification.js';

export const config: ViewConfig = {
  title: 'Notifications',
  loginRequired: true,
};

/** What the worker was told of (a handover, a meeting called off, a plan closed), newest first, each to its family. */
export default function NotificationsView() {
  const [unread, setUnread] = useState<Notification[]>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setFailed(false);
    NotificationEndpoint.unread().then(
      (found) => current && setUnread(found),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const markRead = useCallback(async (ids: string[]) => {
    try {
      const answer = await NotificationEndpoint.markNotificationsRead({ ids });
      setUnread((answer.unread ?? []).filter((notification): notification is Notification => !!notification));
    } catch {
      setFailed(true);
    }
  }, []);

  return (
    <section className="notifications" aria-labelledby="notifications-heading">
      <div className="page-heading">
        <h1 id="notifications-heading">Notifications</h1>
        {unread && unread.length > 1 && (
          <Button onClick={() => void markRead(unread.map((notification) => notification.id))}>Mark all as read</Button>
        )}
      </div>
      <RemindersSwitch />
      {failed ? (
        <CouldNotLoad onRetry={() => setAttempt((n) => n + 1)}>
          <strong>Notifications need a connection.</strong> Nothing is lost: they wait on the server.
        </CouldNotLoad>
      ) : !unread ? (
        <Loading what="Loading your notifications" />
      ) : unread.length === 0 ? (
        <div className="message message-info">
          <InfoIcon />
          <p>Nothing new. You have read everything you were told of.</p>
        </div>
      ) : (
        <ul className="notification-list">
          {unread.map((notification) => (
            <li key={notification.id} className="notification">
              <p className="notification-message">{notification.message}</p>
              <p className="notification-facts">
                {momentInWords(notification.createdAt)} ·{' '}
                <Link to={`/families/${notification.episodeId}`}>Open the family</Link>
              </p>
              <Button onClick={() => void markRead([notification.id])} aria-label={`Mark as read: ${notification.message}`}>
                Mark as read
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
