import { ContentValidationError } from "../content/content-error.ts";
import { MissingPrerequisiteError } from "../platform/prerequisites.ts";

/** Editors get their list of content errors, not a stack trace; anything unexpected keeps its trace. */
export function reportFailure(error: unknown): void {
  if (error instanceof ContentValidationError || error instanceof MissingPrerequisiteError) {
    console.error(error.message);
  } else {
    console.error("La construction a échoué ; le site publié n’a pas été modifié.");
    console.error(error);
  }
}
