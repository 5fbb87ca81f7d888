import Link from "next/link";
import type { Metadata } from "next";
import vi from "@/messages/vi.json";
import en from "@/messages/en.json";
import "./globals.css";

export const metadata: Metadata = { title: `${vi.notFound.title} · ${en.notFound.title}`, robots: { index: false } };

/** One bilingual 404 for the whole static site: a static host serves the same 404.html for every missing path. */
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-paper text-ink">
        <main className="mx-auto max-w-2xl space-y-8 px-4 py-10">
          <section>
            <h1 className="text-2xl font-bold">{vi.notFound.title}</h1>
            <p className="mt-2">{vi.notFound.body}</p>
            <p className="mt-2">
              <Link prefetch={false} href="/vi/">{vi.notFound.home}</Link>
            </p>
          </section>
          <section lang="en">
            <h2 className="text-2xl font-bold">{en.notFound.title}</h2>
            <p className="mt-2">{en.notFound.body}</p>
            <p className="mt-2">
              <Link prefetch={false} href="/en/">{en.notFound.home}</Link>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
