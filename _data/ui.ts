import { ui } from "../src/ui-strings.ts";

export default ui;
