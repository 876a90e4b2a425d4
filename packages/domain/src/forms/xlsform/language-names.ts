// Code, name in the language itself (written on export), then the names people type in a header.
const LANGUAGES: ReadonlyArray<readonly [string, string, ...string[]]> = [
  ["fr", "Français", "French", "Francais"],
  ["en", "English", "Anglais", "Inglés", "Englisch"],
  ["es", "Español", "Spanish", "Espagnol", "Castellano", "Castilian"],
  ["de", "Deutsch", "German", "Allemand"],
  ["it", "Italiano", "Italian", "Italien"],
  ["pt", "Português", "Portuguese", "Portugais"],
  ["ar", "العربية", "Arabic", "Arabe"],
  ["nl", "Nederlands", "Dutch", "Néerlandais", "Flemish", "Flamand"],
  ["pl", "Polski", "Polish", "Polonais"],
  ["ro", "Română", "Romanian", "Roumain"],
  ["tr", "Türkçe", "Turkish", "Turc"],
  ["zh", "中文", "Chinese", "Chinois", "Mandarin"],
  ["ru", "Русский", "Russian", "Russe"],
  ["uk", "Українська", "Ukrainian", "Ukrainien"],
  ["el", "Ελληνικά", "Greek", "Grec"],
  ["sv", "Svenska", "Swedish", "Suédois"],
  ["da", "Dansk", "Danish", "Danois"],
  ["no", "Norsk", "Norwegian", "Norvégien"],
  ["fi", "Suomi", "Finnish", "Finnois"],
  ["cs", "Čeština", "Czech", "Tchèque"],
  ["hu", "Magyar", "Hungarian", "Hongrois"],
  ["bg", "Български", "Bulgarian", "Bulgare"],
  ["hr", "Hrvatski", "Croatian", "Croate"],
  ["sr", "Српски", "Serbian", "Serbe"],
  ["sq", "Shqip", "Albanian", "Albanais"],
  ["ca", "Català", "Catalan"],
  ["eu", "Euskara", "Basque"],
  ["br", "Brezhoneg", "Breton"],
  ["oc", "Occitan"],
  ["co", "Corsu", "Corsican", "Corse"],
  ["ht", "Kreyòl ayisyen", "Haitian Creole", "Créole haïtien", "Haitian"],
  ["fa", "فارسی", "Persian", "Farsi", "Persan"],
  ["ps", "پښتو", "Pashto", "Pachto"],
  ["prs", "دری", "Dari"],
  ["ur", "اردو", "Urdu", "Ourdou"],
  ["hi", "हिन्दी", "Hindi"],
  ["bn", "বাংলা", "Bengali", "Bangla"],
  ["ta", "தமிழ்", "Tamil", "Tamoul"],
  ["vi", "Tiếng Việt", "Vietnamese", "Vietnamien"],
  ["ja", "日本語", "Japanese", "Japonais"],
  ["ko", "한국어", "Korean", "Coréen"],
  ["he", "עברית", "Hebrew", "Hébreu"],
  ["am", "አማርኛ", "Amharic", "Amharique"],
  ["ti", "ትግርኛ", "Tigrinya", "Tigrigna"],
  ["so", "Soomaali", "Somali"],
  ["sw", "Kiswahili", "Swahili"],
  ["wo", "Wolof"],
  ["bm", "Bamanankan", "Bambara"],
  ["ln", "Lingála", "Lingala"],
  ["mg", "Malagasy", "Malgache"],
  ["ku", "Kurdî", "Kurdish", "Kurde"],
  ["kab", "Taqbaylit", "Kabyle"],
  ["tl", "Tagalog", "Filipino"],
  ["id", "Bahasa Indonesia", "Indonesian", "Indonésien"],
  ["ms", "Bahasa Melayu", "Malay", "Malais"],
  ["th", "ไทย", "Thai", "Thaï"],
];

/** Lower case without accents, so that "Français", "francais" and "FRANÇAIS" meet. */
export function foldName(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

const CODE_BY_NAME = new Map<string, string>(
  LANGUAGES.flatMap(([code, ...names]) => names.map((name) => [foldName(name), code] as const)),
);
const NAME_BY_CODE = new Map<string, string>(LANGUAGES.map(([code, name]) => [code, name]));

export function codeOfLanguageName(name: string): string | null {
  return CODE_BY_NAME.get(foldName(name)) ?? null;
}

/** The name written before the code in exported headers: `Français (fr)`; the code itself when unknown. */
export function languageName(code: string): string {
  return NAME_BY_CODE.get(code) ?? NAME_BY_CODE.get(code.split("-")[0] ?? "") ?? code;
}
