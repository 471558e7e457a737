import { inspect } from "node:util";
import { escapeForTerminal } from "../text/control-characters.ts";
import { ContentValidationError } from "../content/content-error.ts";
import { PdfPageLimitError } from "../pdf/page-limit.ts";
import { MissingPrerequisiteError } from "../platform/prerequisites.ts";

/**
 * Editors get their list of content errors, not a stack trace; anything unexpected keeps its trace.
 * Either may quote content, so control characters are shown, never sent to the terminal.
 */
export function reportFailure(error: unknown): void {
  if (error instanceof ContentValidationError || error instanceof MissingPrerequisiteError || error instanceof PdfPageLimitError) {
    console.error(escapeForTerminal(error.message));
  } else {
    console.error("La construction a échoué ; le site publié n’a pas été modifié.");
    console.error(escapeForTerminal(inspect(error)));
  }
}
