import { Link } from 'react-router';
import type Task from 'Frontend/generated/org/hearth/casefile/CaseFile/Task.js';
import TaskStatus from 'Frontend/generated/org/hearth/casefile/TaskStatus.js';
import { TASK_SCREENS, TASK_STATUS_WORDS, TASK_TITLES, taskHint } from './words.js';

/**
 * What is done and what comes next, in the spirit of the GOV.UK "complete multiple tasks" pattern: a count of what
 * is complete, then each task with its status in words (never colour alone).
 */
export function TaskList({ episodeId, tasks }: { episodeId: string; tasks: Task[] }) {
  const done = tasks.filter((task) => task.status === TaskStatus.DONE).length;
  return (
    <section className="family-section" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">What to do next</h2>
      <p className="task-count">
        {done} of {tasks.length} done
      </p>
      <ol className="task-list">
        {tasks.map((task) => {
          const hint = taskHint(task);
          const id = `task-${task.kind}`;
          const screen = TASK_SCREENS[task.kind];
          return (
            <li key={task.kind} className={`task is-${task.status.toLowerCase()}${task.overdue ? ' is-overdue' : ''}`}>
              <div className="task-name">
                {screen && task.status !== TaskStatus.CANNOT_START_YET ? (
                  <Link id={id} to={`/families/${episodeId}/${screen}`} className="task-link">
                    {TASK_TITLES[task.kind]}
                  </Link>
                ) : (
                  <span id={id}>{TASK_TITLES[task.kind]}</span>
                )}
                {hint && <span className="task-hint">{hint}</span>}
              </div>
              <strong className="task-status" aria-describedby={id}>
                {TASK_STATUS_WORDS[task.status]}
              </strong>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
