import { z } from "zod";
import { urls } from "../site/urls.ts";
import { ui } from "../site/ui-strings.ts";
import { absoluteUrl } from "../site/absolute-url.ts";
import { withFrenchSpacing } from "../text/french-typography.ts";
import { openDataFileSchema, type OpenDataName } from "./formats.ts";

/** The JSON Schema published next to `/api/<name>.json` (draft 2020-12), generated from the zod format. */
export function openDataJsonSchema(name: OpenDataName, baseUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(openDataFileSchema(name), { target: "draft-2020-12" });
  const { $schema, ...rest } = schema;
  /** Only titles and descriptions are prose; every other string of a schema is read by validators. */
  const isMachineKey = (key: string) => key !== "title" && key !== "description";
  return withFrenchSpacing(
    {
      $schema,
      $id: absoluteUrl(urls.openDataSchema(name), baseUrl),
      title: `${ui.openData.datasets[name].title} — ${ui.openData.title}`,
      description: ui.openData.datasets[name].description,
      ...rest,
    },
    isMachineKey,
  );
}
