import { sameOriginPath } from "@plenary/domain";
import { SignInForm } from "~/components/sign-in-form";

export const metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      {/* Only a path inside the admin: `next` comes from the address bar and must not send anyone elsewhere. */}
      <SignInForm next={sameOriginPath(Array.isArray(next) ? next[0] : next)} />
    </div>
  );
}
