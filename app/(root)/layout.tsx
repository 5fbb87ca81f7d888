import type { ReactNode } from "react";

export default function RootRedirectLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <head>
        {/* Works without JavaScript: the static host only serves files. */}
        <meta httpEquiv="refresh" content="0; url=/vi/" />
        <link rel="canonical" href="/vi/" />
      </head>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>{children}</body>
    </html>
  );
}
