// npm run new:term -- "Rançongiciel": creates content/lexique/rancongiciel.md, pre-filled and valid.
import { runScaffold } from "../src/scaffold/run-scaffold.ts";

process.exitCode = await runScaffold("term", process.argv.slice(2));
