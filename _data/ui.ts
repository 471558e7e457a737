import { ui } from "../src/site/ui-strings.ts";

export default ui;
