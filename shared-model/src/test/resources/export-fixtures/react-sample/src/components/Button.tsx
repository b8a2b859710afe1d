interface ButtonProps {
  id: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
  to?: string;
}

export default function Button({ id, label, x, y, w, h, to }: ButtonProps) {
  const go = to === undefined ? undefined : () => { window.location.hash = `#/${to}`; };
  return (
    <button type="button" className="bl-button" data-id={id} style={{ left: x, top: y, width: w, height: h }} onClick={go}>
      {label}
    </button>
  );
}
