/** @jsxImportSource preact */
import { useState } from "preact/hooks";
import { useForm } from "../context.ts";
import { canSpeak, speak, stopSpeaking } from "../speech.ts";

/** "Listen to the question": reads the text aloud in the form's language; absent without speech synthesis. */
export function ListenButton({ text }: { text: () => string }) {
  const { t, language } = useForm();
  const [playing, setPlaying] = useState(false);
  if (!canSpeak()) return null;
  const toggle = () => {
    if (playing) {
      stopSpeaking();
      setPlaying(false);
      return;
    }
    setPlaying(true);
    speak(text(), language, () => setPlaying(false));
  };
  return (
    <button type="button" class="btn btn-listen" onClick={toggle}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
        <path d="M3 9v6h4l5 5V4L7 9H3z" fill="currentColor" />
        {playing ? null : (
          <path
            d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            stroke-linecap="round"
          />
        )}
      </svg>
      {playing ? t.stopListening : t.listen}
    </button>
  );
}
