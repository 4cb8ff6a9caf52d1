import { SignInForm } from "~/components/sign-in-form";

export const metadata = { title: "Sign in" };

/** Only paths inside the admin: `next` comes from the address bar and must not send anyone elsewhere. */
function safeNext(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <SignInForm next={safeNext(next)} />
    </div>
  );
}
