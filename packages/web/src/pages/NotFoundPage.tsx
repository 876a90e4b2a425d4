import { Anchor, Container, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>{t("notFound.title")}</Title>
        <Text>{t("notFound.text")}</Text>
        <Anchor component={Link} to="/">
          {t("common.backHome")}
        </Anchor>
      </Stack>
    </Container>
  );
}
