-- Public search checks the public rule of countries and organizations in SQL (PUBLIC_SQL in visibility.ts), one
-- candidate at a time, link by link: these links had no index, so each check of a post's participations, of the
-- participations representing an organization, or of the meetings a country hosted read a whole table (the rule
-- over the archive's 40 countries took 9 s without them).
CREATE INDEX "Participation_occupancyId_idx" ON "Participation"("occupancyId");
CREATE INDEX "Participation_representingOrganizationId_idx" ON "Participation"("representingOrganizationId");
CREATE INDEX "Meeting_hostCountryId_idx" ON "Meeting"("hostCountryId");
CREATE INDEX "Meeting_venueCountryId_idx" ON "Meeting"("venueCountryId");
