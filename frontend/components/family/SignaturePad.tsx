import { useEffect, useRef } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import SignaturePadLibrary, { type PointGroup } from 'signature_pad';

/** A drawn signature: the picture to send, and its strokes to draw it again (a draft restored after a reload). */
export type Drawn = { dataUrl: string; strokes: PointGroup[] };

/**
 * A box the family member signs in with a finger or stylus (signature_pad), with a Clear button. The drawing is
 * handed up after each stroke. It is drawn again from its strokes, not from the picture: the app's content security
 * policy does not load data: images.
 */
export function SignaturePad({
  value,
  onChange,
  label,
  invalid,
}: {
  value: Drawn | undefined;
  onChange: (drawn: Drawn | undefined) => void;
  label: string;
  invalid?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePadLibrary>(undefined);
  const shown = useRef<Drawn | undefined>(undefined);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    const element = canvas.current!;
    const signature = new SignaturePadLibrary(element, { penColor: '#1b1b1b', minWidth: 1, maxWidth: 3 });
    pad.current = signature;
    const fit = () => {
      // Drawn at the screen's pixel density, so the signature is sharp and the pen follows the finger.
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const kept = signature.isEmpty() ? undefined : signature.toData();
      element.width = element.offsetWidth * ratio;
      element.height = element.offsetHeight * ratio;
      element.getContext('2d')!.scale(ratio, ratio);
      signature.clear();
      if (kept) {
        signature.fromData(kept);
      }
    };
    fit();
    const handUp = () => {
      const drawn = signature.isEmpty() ? undefined : { dataUrl: signature.toDataURL('image/png'), strokes: signature.toData() };
      shown.current = drawn;
      changed.current(drawn);
    };
    signature.addEventListener('endStroke', handUp);
    window.addEventListener('resize', fit);
    return () => {
      signature.removeEventListener('endStroke', handUp);
      window.removeEventListener('resize', fit);
      signature.off();
    };
  }, []);

  useEffect(() => {
    const signature = pad.current;
    if (!signature || value === shown.current) {
      return;
    }
    shown.current = value;
    signature.clear();
    if (value) {
      signature.fromData(value.strokes);
    }
  }, [value]);

  return (
    <div className={`signature${invalid ? ' is-invalid' : ''}`}>
      <canvas ref={canvas} className="signature-canvas" role="img" aria-label={label} />
      <div className="signature-buttons">
        <span className="signature-line" aria-hidden="true">
          Sign above the line
        </span>
        <Button
          onClick={() => {
            pad.current?.clear();
            shown.current = undefined;
            onChange(undefined);
          }}
        >
          Clear
        </Button>
      </div>
    </div>
  );
}

/** A typed name as a signature picture (PNG data URL), for someone who cannot sign by drawing. */
export function typedSignature(name: string): string {
  const canvas = document.createElement('canvas');
  canvas.width = 600;
  canvas.height = 160;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#1b1b1b';
  context.font = 'italic 44px Georgia, serif';
  context.textBaseline = 'middle';
  context.fillText(name, 24, 80, 552);
  return canvas.toDataURL('image/png');
}
