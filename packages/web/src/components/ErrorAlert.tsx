import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";

/** The server's translated title, or a generic message when the server could not be reached. */
export function errorMessage(error: unknown, t: (key: string) => string): string {
  if (error instanceof ApiError) {
    if (error.status === 0 || !error.title) return t("errors.network");
    return error.title;
  }
  return t("errors.unexpected");
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fieldErrors = error instanceof ApiError ? error.errors : [];
  return (
    <Alert color="red" variant="light" title={title ?? t("errors.title")} role="alert">
      {errorMessage(error, t)}
      {fieldErrors.length > 0 ? (
        <ul style={{ margin: "0.25rem 0 0", paddingLeft: "1.25rem" }}>
          {fieldErrors.map((e) => (
            <li key={`${e.path}-${e.message}`}>{e.message}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
