import Link from "next/link";
import type { Metadata } from "next";
import vi from "@/messages/vi.json";
import en from "@/messages/en.json";

export const metadata: Metadata = { title: `${vi.root.title} · ${en.root.title}`, robots: { index: false } };

export default function RootPage() {
  return (
    <main>
      <h1>
        {vi.root.title} · <span lang="en">{en.root.title}</span>
      </h1>
      <p>{vi.root.redirecting}</p>
      <ul>
        <li>
          <Link prefetch={false} href="/vi/">{vi.root.chooseVi}</Link>
        </li>
        <li>
          <Link prefetch={false} href="/en/" lang="en">
            {en.root.chooseEn}
          </Link>
        </li>
      </ul>
    </main>
  );
}
