// Reading a question aloud with the device's own voices (window.speechSynthesis): nothing to
// download. Hidden where the browser has no speech synthesis.

export const canSpeak = (): boolean =>
  typeof window !== "undefined" &&
  "speechSynthesis" in window &&
  typeof SpeechSynthesisUtterance === "function";

const REGION: Record<string, string> = { fr: "fr-FR", en: "en-GB", es: "es-ES", pt: "pt-PT", de: "de-DE" };

/** A voice for the language: the exact region first (fr-FR for French), else any of the language. */
function voiceFor(language: string): SpeechSynthesisVoice | undefined {
  const wanted = (REGION[language] ?? language).toLowerCase();
  const primary = language.split("-")[0]?.toLowerCase() ?? "";
  const voices = window.speechSynthesis.getVoices();
  const tag = (v: SpeechSynthesisVoice) => v.lang.replace("_", "-").toLowerCase();
  return voices.find((v) => tag(v) === wanted) ?? voices.find((v) => tag(v).split("-")[0] === primary);
}

/** Speaks the text, stopping whatever was being read; `onDone` runs when it ends or is stopped. */
export function speak(text: string, language: string, onDone: () => void): void {
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  const voice = voiceFor(language);
  utterance.lang = voice?.lang ?? REGION[language] ?? language;
  if (voice) utterance.voice = voice;
  utterance.rate = 0.9;
  utterance.onend = onDone;
  utterance.onerror = onDone;
  synth.speak(utterance);
}

export function stopSpeaking(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}
