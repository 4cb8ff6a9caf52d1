import { AttendanceMode, MeetingClassification } from "@plenary/domain";
import { CheckboxField, I18nField, Section, SelectField, TextField } from "../fields";
import { RecordPicker } from "../record-picker";
import type { SectionProps } from "./shared";

/** The meeting itself: title, kind, dates, body, host, venue and summary. */
export function BasicsSection({ form, set, problems }: SectionProps) {
  return (
    <Section id="general" title="Meeting">
      <I18nField
        label="Title"
        path={["titleI18n"]}
        value={form.titleI18n}
        onChange={(v) => set("titleI18n", v ?? { en: "" })}
        problems={problems}
      />
      <div className="grid">
        <SelectField
          label="Classification"
          path={["classification"]}
          value={form.classification}
          options={MeetingClassification.options}
          labels="meetingClassification"
          onChange={(v) => set("classification", v ?? "summit")}
          problems={problems}
        />
        <TextField
          label="Start date"
          path={["startDate"]}
          value={form.startDate}
          onChange={(v) => set("startDate", v)}
          problems={problems}
          placeholder="YYYY-MM-DD"
        />
        <TextField
          label="End date"
          path={["endDate"]}
          value={form.endDate}
          onChange={(v) => set("endDate", v)}
          problems={problems}
          placeholder="YYYY-MM-DD"
        />
        <SelectField
          label="Attendance"
          path={["attendanceMode"]}
          value={form.attendanceMode}
          options={AttendanceMode.options}
          labels="attendanceMode"
          onChange={(v) => set("attendanceMode", v ?? "in_person")}
          problems={problems}
        />
        <TextField
          label="Ordinal"
          path={["ordinal"]}
          value={form.ordinal === null ? null : String(form.ordinal)}
          onChange={(v) =>
            set("ordinal", v === null ? null : Number.isNaN(Number(v)) ? (v as never) : Number(v))
          }
          problems={problems}
        />
        <RecordPicker
          label="Body (organization)"
          entityType="organization"
          path={["bodyId"]}
          value={form.bodyId}
          onChange={(v) => set("bodyId", v)}
          problems={problems}
          offerCreate
        />
        <RecordPicker
          label="Host country"
          entityType="country"
          path={["hostCountryId"]}
          value={form.hostCountryId}
          onChange={(v) => set("hostCountryId", v)}
          problems={problems}
          offerCreate
        />
        <RecordPicker
          label="Venue country"
          entityType="country"
          path={["venue", "countryId"]}
          value={form.venue?.countryId ?? null}
          onChange={(v) =>
            set("venue", v || form.venue?.city ? { ...(form.venue ?? {}), countryId: v ?? undefined } : null)
          }
          problems={problems}
          offerCreate
        />
        <CheckboxField
          label="Co-chaired"
          path={["coChaired"]}
          checked={form.coChaired}
          onChange={(v) => set("coChaired", v)}
        />
      </div>
      <I18nField
        label="Venue city"
        optional
        path={["venue", "city"]}
        value={form.venue?.city ?? null}
        onChange={(v) =>
          set("venue", v || form.venue?.countryId ? { ...(form.venue ?? {}), city: v ?? undefined } : null)
        }
        problems={problems}
      />
      <I18nField
        label="Summary"
        optional
        multiline
        path={["summaryI18n"]}
        value={form.summaryI18n}
        onChange={(v) => set("summaryI18n", v)}
        problems={problems}
      />
    </Section>
  );
}
