import { connection } from "next/server";
import { api } from "~/server/api";
import { meetingsFeed } from "~/server/atom";
import { readOr404 } from "~/server/open-data";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  return readOr404("organization", () => api().publicPages.organization({ slug }), ({ organization, meetings }) =>
    meetingsFeed({
      title: `Plenary: meetings of the ${organization.nameI18n.en}`,
      selfPath: `/feeds/organizations/${slug}`,
      pagePath: `/en/organizations/${slug}`,
      meetings,
    }),
  );
}
