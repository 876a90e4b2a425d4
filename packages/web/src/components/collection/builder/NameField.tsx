import { TextInput } from "@mantine/core";
import { NAME_PATTERN } from "@ricochet/domain";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * A name expressions reference (`${name}`): typed freely, applied when the field is left or Enter
 * pressed, and refused while invalid or taken, so that references are never merged by accident.
 */
export function NameField({
  label,
  description,
  name,
  taken,
  onRename,
  readOnly,
}: {
  label: string;
  description: string;
  name: string;
  taken: ReadonlySet<string>;
  onRename: (next: string) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(name);
  useEffect(() => setValue(name), [name]);
  const error = !NAME_PATTERN.test(value)
    ? t("builder.name.invalid")
    : value !== name && taken.has(value)
      ? t("builder.name.taken", { name: value })
      : undefined;
  const commit = () => {
    if (!error && value !== name) onRename(value);
  };
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      onChange={(e) => setValue(e.currentTarget.value.trim())}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          commit();
        }
      }}
      error={error}
      readOnly={readOnly}
      spellCheck={false}
      autoComplete="off"
      styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
    />
  );
}
