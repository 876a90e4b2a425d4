import { Badge } from "@mantine/core";
import type { CSSProperties, ReactNode } from "react";

/** An orange "something to do" badge, dark enough to read (Mantine's light orange is below 4.5:1). */
export function WarningBadge({ children, size }: { children: ReactNode; size?: "sm" | "md" | "lg" }) {
  return (
    <Badge color="orange" variant="light" size={size} style={{ "--badge-color": "#9a3a00" } as CSSProperties}>
      {children}
    </Badge>
  );
}
