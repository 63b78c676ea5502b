import { Button } from '@vaadin/react-components/Button.js';

/** A form's buttons: the one that sends it, and the one that leaves it (throwing away the draft, or keeping things as they are). */
export function FormButtons({ send, onSend, cancel = 'Cancel', onCancel }: {
  send: string;
  onSend: () => void;
  cancel?: string;
  onCancel: () => void;
}) {
  return (
    <div className="form-buttons">
      <Button theme="primary" onClick={onSend}>
        {send}
      </Button>
      <Button onClick={onCancel}>{cancel}</Button>
    </div>
  );
}
