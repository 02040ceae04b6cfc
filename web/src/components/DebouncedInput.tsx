import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  /** The value as the URL holds it; a change from outside (Clear filters) replaces what is typed. */
  value: string;
  /** Called once typing settles, with the text as typed. */
  onCommit: (value: string) => void;
};

/** An input whose value becomes a query only after typing pauses, so each keystroke is not a request. */
export function DebouncedInput({ value, onCommit, ...input }: Props) {
  const [text, setText] = useState(value);
  const committed = useRef(value);
  const commit = useRef(onCommit);
  commit.current = onCommit;

  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    if (text === committed.current) {
      return;
    }
    const timer = setTimeout(() => {
      committed.current = text;
      commit.current(text);
    }, 300);
    return () => clearTimeout(timer);
  }, [text]);

  return <input {...input} value={text} onChange={(e) => setText(e.target.value)} />;
}
