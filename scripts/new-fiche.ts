// npm run new:fiche -- "Titre de la fiche": creates content/fiches/titre-de-la-fiche.yaml, pre-filled and valid.
import { runScaffold } from "../src/scaffold/run-scaffold.ts";

process.exitCode = await runScaffold("fiche", process.argv.slice(2));
