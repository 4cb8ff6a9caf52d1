// Handovers told with the receiver as the subject and the giver in a participle, a relative clause or an absolute
// clause: "President Morales, receiving the pro tempore presidency from President Vizcarra, …", "Receiving the
// chairmanship from Serbia, Turkey …", "President Castillo, to whom President Lasso handed over the pro tempore
// presidency, …", "President Morales, the baton being passed to him by President Vizcarra, …". Without these the
// reader lost them, or read the last one backwards (the giver after "to him by" as the next holder).

const OFFICE =
  "(?:presidency|chairmanship|chairship|chair|baton|gavel|hammer|torch|helm|reins|mantle|rotating\\s+leadership)";

/**
 * ", receiving the pro tempore presidency from", ", having received the chairmanship of the Council from": the
 * receiver is the subject before the comma, the giver the side after "from".
 */
export const RECEIVING_FROM = new RegExp(
  String.raw`,\s+(?:after\s+|upon\s+|on\s+)?(?:receiving|having\s+received|accepting|having\s+accepted|taking\s+over|having\s+taken\s+over|inheriting|having\s+inherited)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?${OFFICE}\b[^,;.]{0,60}?\bfrom\s+(?:the\s+)?`,
  "gi",
);

/** "Receiving the chairmanship from Serbia, Turkey …": the participle opening the sentence, the giver after "from". */
export const OPENING_RECEIVING_FROM = new RegExp(
  String.raw`^(?:After\s+|Upon\s+|On\s+)?(?:[Rr]eceiving|[Hh]aving\s+received|[Aa]ccepting|[Tt]aking\s+over|[Hh]aving\s+taken\s+over|[Ii]nheriting)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?${OFFICE}\b[^,;.]{0,60}?\bfrom\s+(?:the\s+)?`,
);

/**
 * ", to whom President Lasso handed over the pro tempore presidency", ", to which Peru passed the chairmanship": the
 * receiver is the subject before the comma, the giver the first side after "to whom" — before the verb of passing.
 */
export const TO_WHOM_THE_GIVER_PASSED = new RegExp(
  String.raw`,\s+to\s+(?:whom|which)\s+(?=[^,;.]{1,80}?\b(?:handed|passed|transferred|gave|delivered|entrusted|ceded|conveyed)\b(?:\s+over)?\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?${OFFICE}\b)`,
  "gi",
);

/**
 * ", to which the chairmanship passed,", ", to whom the presidency was handed over from Kazakhstan": the office as the
 * subject of the relative clause; the receiver is the subject before the comma, the giver a side after "from" if any.
 * Not a term passed earlier (", to which the chairmanship passed last year").
 */
export const TO_WHOM_THE_OFFICE_PASSED = new RegExp(
  String.raw`,\s+to\s+(?:whom|which)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?${OFFICE}\s+(?:has\s+|had\s+|now\s+)?(?:passed|went|fell|(?:was|has\s+been)\s+(?:passed|handed(?:\s+over)?|transferred|given|entrusted))\b(?![^,;.]*\b(?:last|previous|ago|earlier|(?:19|20)\d{2})\b)(?:\s+from\s+(?:the\s+)?)?`,
  "gi",
);

/**
 * ", the baton being passed to him by", ", with the presidency having been handed over to her by": the receiver is the
 * subject before the comma, the giver the side after "by".
 */
export const BEING_PASSED_TO_HIM_BY = new RegExp(
  String.raw`,\s+(?:with\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?${OFFICE}\s+(?:being|having\s+been)\s+(?:passed|handed(?:\s+over)?|transferred|given|delivered|entrusted)\s+to\s+(?:him|her|it|them)\s+by\s+(?:the\s+)?`,
  "gi",
);

/** The office of another body right after the office: "the presidency of the Council of the EU", "… of the UN". */
export const ANOTHER_BODYS_OFFICE =
  /\b(?:of|in)\s+the\s+(?:(?:rotating\s+)?Council\s+of\s+the\s+(?:European\s+Union|EU)|European\s+Union|EU|United\s+Nations|UN|(?:UN\s+|United\s+Nations\s+)?(?:Security\s+Council|General\s+Assembly))\b/;
