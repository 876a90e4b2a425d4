import { Progress, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";

export interface Share {
  key: string;
  label: string;
  count: number;
}

/** Parts of a whole, each as "label: n (p %)" with a bar; the words carry it all, the bar helps. */
export function ShareBars({
  title,
  shares,
  total,
  describe,
}: {
  title: string;
  shares: Share[];
  total: number;
  describe: (share: Share, percent: number) => string;
}) {
  const id = useId();
  return (
    <Stack gap={6} component="section" aria-labelledby={id}>
      <Title order={4} size="h5" id={id}>
        {title}
      </Title>
      <ul style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 8 }}>
        {shares.map((share) => {
          const percent = total > 0 ? Math.round((share.count / total) * 100) : 0;
          return (
            <li key={share.key}>
              <Text size="sm">{describe(share, percent)}</Text>
              <Progress value={percent} size="sm" color="teal" aria-hidden />
            </li>
          );
        })}
      </ul>
    </Stack>
  );
}
