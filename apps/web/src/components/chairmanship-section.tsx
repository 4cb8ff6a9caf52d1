import { useTranslations } from "next-intl";
import { Link } from "~/i18n/navigation";
import { formatPeriod } from "~/lib/format-date";
import { useSiteLocale } from "~/lib/locale";
import type { MeetingDetail } from "~/lib/types";
import { Text } from "./text";

/** The presidencies handed over at this meeting: the one that ends here and the one that starts here. */
export function ChairmanshipSection({
  detail,
}: {
  detail: Pick<MeetingDetail, "chairmanships" | "organization">;
}) {
  const locale = useSiteLocale();
  const t = useTranslations("Meeting");
  const { chairmanships, organization } = detail;
  if (chairmanships.length === 0) return null;
  return (
    <section aria-labelledby="chairmanship">
      <h2 id="chairmanship">
        {organization
          ? t.rich("presidencyOf", {
              organization: () => <Text value={organization.abbreviationI18n ?? organization.nameI18n} />,
            })
          : t("presidency")}
      </h2>
      <ul className="chairmanships">
        {chairmanships.map((entry) => (
          <li key={`${entry.chairmanship.id}-${entry.at}`}>
            <strong>
              <Link href={`/countries/${entry.country.slug}`}>
                <Text value={entry.country.nameI18n} />
              </Link>
            </strong>
            : {formatPeriod(entry.chairmanship.startDate, entry.chairmanship.endDate, locale)}{" "}
            <span className="handover">— {entry.at === "start" ? t("startsHere") : t("endsHere")}</span>
            {entry.chairmanship.themeI18n ? (
              <p>
                <Text value={entry.chairmanship.themeI18n} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
