import type { MetadataRoute } from "next";
import { site } from "@/config/site";

// out/robots.txt: everything may be crawled; the sitemap lists every page with its language versions.
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" }, sitemap: `${site.origin}/sitemap.xml` };
}
