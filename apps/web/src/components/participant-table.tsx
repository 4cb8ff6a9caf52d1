import { label } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { useSiteLocale } from "~/lib/locale";
import type { ParticipationEntry } from "~/lib/types";
import { FreeText, Text } from "./text";

/** One category of participants, in protocol order. */
export function ParticipantTable({ caption, entries }: { caption: string; entries: ParticipationEntry[] }) {
  const t = useTranslations("Meeting");
  return (
    <table className="participants">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="col-number number">
            #
          </th>
          <th scope="col" className="col-participant">
            {t("participant")}
          </th>
          <th scope="col">{t("representing")}</th>
          <th scope="col" className="col-role">
            {t("role")}
          </th>
          <th scope="col" className="col-mode">
            {t("attended")}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <ParticipantRow key={entry.participation.id} entry={entry} />
        ))}
      </tbody>
    </table>
  );
}

function ParticipantRow({ entry }: { entry: ParticipationEntry }) {
  const locale = useSiteLocale();
  const t = useTranslations("Meeting");
  const { participation, person, post, country, organization } = entry;
  return (
    <tr data-role={participation.role} data-mode={participation.mode}>
      <td className="number">{participation.protocolOrder}</td>
      <th scope="row" className="participant">
        <Link href={`/people/${person.slug}`} className="person-name">
          <Text value={person.nameI18n} />
        </Link>
        {post ? (
          <span className="post">
            <Text value={post.labelI18n} />
          </span>
        ) : null}
        <span className="as-stated">
          <span className="visually-hidden">{t("sourceWording")}</span>
          <FreeText text={`“${participation.titleAsStated}”`} />
        </span>
      </th>
      <td data-label={t("representing")}>
        {country ? (
          <Link href={`/countries/${country.slug}`}>
            <Text value={country.nameI18n} />
          </Link>
        ) : organization ? (
          <Link href={`/organizations/${organization.slug}`}>
            <Text value={organization.nameI18n} />
          </Link>
        ) : (
          "—"
        )}
      </td>
      <td data-label={t("role")}>
        {participation.role === "chair" ? (
          <strong>{label("participationRole", "chair", locale)}</strong>
        ) : (
          label("participationRole", participation.role, locale)
        )}
      </td>
      <td data-label={t("attended")}>{label("participationMode", participation.mode, locale)}</td>
    </tr>
  );
}
