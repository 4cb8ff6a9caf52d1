// Labels in English, Russian and Chinese.
import { label, LOCALES, localize, participantLine, tallyLabel } from "@plenary/domain";

for (const locale of LOCALES) {
  console.log(
    locale,
    label("participationRole", "chair", locale),
    "|",
    tallyLabel("decision", 9, 3, locale),
    "|",
    participantLine(
      {
        postLabel: localize(
          { en: "Prime Minister of India", ru: "Премьер-министр Индии", zh: "印度总理" },
          locale,
        ).text,
        personName: localize({ en: "Narendra Modi", ru: "Нарендра Моди", zh: "纳伦德拉·莫迪" }, locale).text,
      },
      locale,
    ),
  );
}
// A missing translation falls back to English and says so, for the page's lang attribute.
console.log(localize({ en: "Moscow Declaration" }, "ru"));
