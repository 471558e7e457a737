/** One measured figure, with the target it is held to (if any) and whether it meets it. */
export interface BenchFigure {
  key: string;
  label: string;
  value: number;
  unit: "ms" | "Mo" | "Ko" | "pages/s" | "PDF/s" | "×";
  target?: { max?: number; min?: number } | undefined;
  met?: boolean | undefined;
}

/** Records figures and prints them as a French table: « valeur (cible ≤ x) ✓ ». */
export class BenchReport {
  readonly figures: BenchFigure[] = [];

  add(key: string, label: string, value: number, unit: BenchFigure["unit"], target?: BenchFigure["target"]): void {
    const met = target ? (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min) : undefined;
    this.figures.push({ key, label, value, unit, target, met });
  }

  table(): string {
    const number = (value: number, unit: BenchFigure["unit"]) =>
      `${value.toLocaleString("fr-FR", { maximumFractionDigits: unit === "×" ? 2 : unit === "PDF/s" ? 1 : 0 })} ${unit}`;
    const rows = this.figures.map((figure) => {
      const target = figure.target
        ? `cible ${figure.target.max !== undefined ? `≤ ${number(figure.target.max, figure.unit)}` : `≥ ${number(figure.target.min!, figure.unit)}`}`
        : "";
      const verdict = figure.met === undefined ? "" : figure.met ? "✓" : "✗ hors cible";
      return [figure.label, number(figure.value, figure.unit), target, verdict];
    });
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
    return rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join("  ").trimEnd()).join("\n");
  }
}
